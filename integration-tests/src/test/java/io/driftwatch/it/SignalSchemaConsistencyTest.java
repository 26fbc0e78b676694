package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/SIGNALS.md is the contract the alert rules and dashboards are checked against (in
 * otel-collector's tests); this checks the other half: every metric it lists is one the agent
 * really exports, the agent exports nothing it does not list, and each metric carries exactly the
 * attributes its row lists (plus the common ones), no more and no fewer.
 */
@Tag("conformance")
class SignalSchemaConsistencyTest {

  private static final Path SCHEMA = Path.of("..", "docs", "SIGNALS.md");
  private static final Pattern METRIC_ROW = Pattern.compile("^\\| `((?:gen_ai|driftwatch)\\.[a-z_.]+)` \\| `[a-z_]+` \\|",
      Pattern.MULTILINE);
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  /**
   * Documented attributes this run cannot show: only a stream that fails after its first chunk has
   * them (SharedMetricAttributesTest in genai-core covers that).
   */
  private static final Set<String> NOT_EXERCISED = Set.of(
      "gen_ai.client.operation.time_to_first_chunk error.type",
      "gen_ai.client.operation.time_per_output_chunk error.type",
      // only the replay command sets it; ReplayCommandTest checks it arrives
      "driftwatch.llm.quality.score driftwatch.evaluation.source");

  @BeforeAll
  static void exercise() throws Exception {
    exerciseEverySignal();
  }

  @Test
  void everyDocumentedMetricIsExportedAndEveryExportedOneIsDocumented() throws Exception {
    Set<String> documented = documentedMetrics();
    assertTrue(documented.size() > 20, "could not read the metric tables of docs/SIGNALS.md: " + documented);

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
    // forked JVMs of other tests (SemconvStabilityModesTest) export the opt-in names to the same receiver
    undocumented.removeAll(documentedMetrics(true));
    assertEquals(Set.of(), missing, "documented in docs/SIGNALS.md but never exported");
    assertEquals(Set.of(), undocumented, "exported but missing from docs/SIGNALS.md");
  }

  @Test
  void everyMetricCarriesExactlyTheAttributesItsRowDocuments() throws Exception {
    String schema = Files.readString(SCHEMA);
    String commonText = between(schema, "Every metric below carries", "The attributes listed");
    Set<String> alwaysCommon = attributeKeys(between(schema, "Every metric below carries", "unless"));
    Set<String> common = attributeKeys(commonText);
    assertTrue(alwaysCommon.contains("gen_ai.request.model") && common.contains("driftwatch.prompt.version"),
        "could not read the common attributes of docs/SIGNALS.md: " + common);
    Map<String, Row> rows = documentedRows(schema, common);
    assertTrue(rows.size() > 20, "could not read the metric tables of docs/SIGNALS.md: " + rows.keySet());

    Map<String, Set<String>> problems = new TreeMap<>();
    Instant deadline = Instant.now().plus(WAIT);
    for (Row row : rows.values()) {
      for (String key : row.attributes()) {
        if (NOT_EXERCISED.contains(row.name() + " " + key)) {
          continue;
        }
        Duration left = Duration.between(Instant.now(), deadline);
        try {
          RECEIVER.awaitMetric(row.name(), point -> point.attributes().containsKey(key),
              left.isNegative() ? Duration.ofMillis(1) : left);
        } catch (AssertionError e) {
          problems.computeIfAbsent(row.name(), name -> new TreeSet<>()).add("documented but never exported: " + key);
        }
      }
    }
    for (ReceivedMetric point : RECEIVER.metrics()) {
      Row row = rows.get(point.name());
      if (row == null) {
        continue; // an undocumented metric fails the other test
      }
      for (String key : point.attributes().keySet()) {
        if (!row.attributes().contains(key)) {
          problems.computeIfAbsent(row.name(), name -> new TreeSet<>()).add("exported but not documented: " + key);
        }
      }
      if (row.commonOnEveryPoint()) {
        for (String key : alwaysCommon) {
          if (!point.attributes().containsKey(key)) {
            problems.computeIfAbsent(row.name(), name -> new TreeSet<>()).add("a point without " + key);
          }
        }
      }
    }
    assertEquals(Map.of(), problems, "metric attributes that differ from their docs/SIGNALS.md rows");
  }

  /**
   * One metric's row: the attributes it may carry (its extra attributes, and the common ones unless
   * the row says it has none) and whether every point has the common ones.
   */
  private record Row(String name, Set<String> attributes, boolean commonOnEveryPoint) {}

  private static Map<String, Row> documentedRows(String schema, Set<String> common) {
    Map<String, Row> rows = new TreeMap<>();
    Matcher row = METRIC_ROW.matcher(schema);
    while (row.find()) {
      if (latestNamesOnly(schema, row.start())) {
        continue;
      }
      String line = schema.substring(row.start(), schema.indexOf('\n', row.start()));
      String extra = line.split("\\|", -1)[4];
      Set<String> attributes = attributeKeys(extra);
      boolean carriesCommon = !extra.contains("no common attributes");
      if (carriesCommon) {
        attributes.addAll(common);
      }
      rows.put(row.group(1), new Row(row.group(1), attributes,
          carriesCommon && !extra.contains("common attributes only when")));
    }
    return rows;
  }

  /**
   * Rows of the newest conventions' names, which this JVM's agent (default mode) does not export;
   * SemconvStabilityModesTest covers them.
   */
  private static boolean latestNamesOnly(String schema, int rowStart) {
    return schema.substring(rowStart, schema.indexOf('\n', rowStart)).contains("| latest names only");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertTrue(from >= 0 && to > from, "docs/SIGNALS.md no longer says: " + start + " ... " + end);
    return text.substring(from, to);
  }

  private static Set<String> attributeKeys(String text) {
    Set<String> keys = new TreeSet<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      if (ATTRIBUTE_KEY.matcher(code.group(1)).matches()) {
        keys.add(code.group(1));
      }
    }
    return keys;
  }

  private static Set<String> documentedMetrics() throws IOException {
    return documentedMetrics(false);
  }

  /** @param latestOnly the rows of the opt-in names only, else the rows of the default mode */
  private static Set<String> documentedMetrics(boolean latestOnly) throws IOException {
    String schema = Files.readString(SCHEMA);
    Set<String> names = new TreeSet<>();
    Matcher row = METRIC_ROW.matcher(schema);
    while (row.find()) {
      if (latestNamesOnly(schema, row.start()) == latestOnly) {
        names.add(row.group(1));
      }
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
          .model("gpt-4o-mini").addSystemMessage("Answer briefly.").addUserMessage("stream") // priced, with usage
          .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
        stream.stream().forEach(chunk -> { });
      }
      PROVIDER.enqueue(CannedAnswers.openAiToolCall(model, "call_schema", "page_oncall", "{\"severity\":2}"));
      chat(client, model, "Answer briefly.", false); // an answer that calls a tool
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
