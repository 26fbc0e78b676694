package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.driftwatch.api.QualityScores;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.standin.CannedResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/SIGNALS.md is the contract the alert rules and dashboards are checked against (in
 * otel-collector's tests); this checks the other half: every metric it lists is one the agent
 * really exports, and the agent exports nothing it does not list.
 */
class SignalSchemaConsistencyTest {

  private static final Pattern METRIC_ROW = Pattern.compile("^\\| `((?:gen_ai|driftwatch)\\.[a-z_.]+)` \\| `[a-z_]+` \\|",
      Pattern.MULTILINE);

  @Test
  void everyDocumentedMetricIsExportedAndEveryExportedOneIsDocumented() throws Exception {
    Set<String> documented = documentedMetrics();
    assertTrue(documented.size() > 20, "could not read the metric tables of docs/SIGNALS.md: " + documented);
    exerciseEverySignal();

    Set<String> exported;
    long deadline = System.currentTimeMillis() + 15_000;
    do {
      Thread.sleep(300);
      exported = RECEIVER.metrics().stream().map(ReceivedMetric::name)
          .filter(name -> name.startsWith("gen_ai.") || name.startsWith("driftwatch."))
          .collect(Collectors.toCollection(TreeSet::new));
    } while (System.currentTimeMillis() < deadline && !exported.containsAll(documented));
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(exported);
    Set<String> undocumented = new TreeSet<>(exported);
    undocumented.removeAll(documented);
    assertEquals(Set.of(), missing, "documented in docs/SIGNALS.md but never exported");
    assertEquals(Set.of(), undocumented, "exported but missing from docs/SIGNALS.md");
  }

  private static Set<String> documentedMetrics() throws IOException {
    String schema = Files.readString(Path.of("..", "docs", "SIGNALS.md"));
    Set<String> names = new TreeSet<>();
    Matcher row = METRIC_ROW.matcher(schema);
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }

  /** One call of each kind that moves a signal. */
  private static void exerciseEverySignal() throws Exception {
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-schema").maxRetries(1).build();
    String model = AgentHarness.uniqueModel("gpt-4o-schema");
    try {
      PROVIDER.setServedModelSuffix("-v1");
      PROVIDER.enqueue(CannedResponse.openAiRateLimited()); // a 429 with quota headers, then the SDK's retry
      chat(client, model, "Answer briefly.", false);
      PROVIDER.enqueue(CannedAnswers.openAiText(model, "I'm sorry, but I can't help with that request today."));
      chat(client, model, "Answer briefly.", false);
      PROVIDER.enqueue(CannedAnswers.openAiChat(model, "\"\"", "length", "null", null)); // empty and truncated
      chat(client, model, "Answer briefly.", true);
      String repeated = "The same long answer, returned for two different questions, word for word.";
      PROVIDER.enqueue(CannedAnswers.openAiText(model, repeated));
      chat(client, model, "Answer briefly.", false);
      PROVIDER.enqueue(CannedAnswers.openAiText(model, repeated));
      chat(client, model, "Answer briefly. Be kind.", false); // also a prompt change: the template was stable
      PROVIDER.setServedModelSuffix("-v2"); // a silent model update
      var completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
          .model(model).addSystemMessage("Answer briefly. Be kind.").addUserMessage("last").build());
      QualityScores.record(completion.id(), "helpfulness", 0.8);
      try (var stream = client.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
          .model("gpt-4o-mini").addUserMessage("stream") // a priced model, streamed with usage
          .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
        stream.stream().forEach(chunk -> { });
      }
      PROVIDER.enqueue(CannedResponse.notJson()); // a counted drop
      try {
        chat(client, model, "Answer briefly.", false);
      } catch (RuntimeException expected) {
        // the SDK rejects the HTML page, as it would without the agent
      }
    } finally {
      PROVIDER.reset();
    }
  }

  private static void chat(OpenAIClient client, String model, String system, boolean structured) {
    ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
        .model(model).addSystemMessage(system).addUserMessage("question " + System.nanoTime());
    if (structured) {
      params.putAdditionalBodyProperty("response_format", JsonValue.from(Map.of("type", "json_object")));
    }
    client.chat().completions().create(params.build());
  }
}
