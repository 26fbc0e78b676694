package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.providers.memory.Flag;
import dev.openfeature.sdk.providers.memory.InMemoryProvider;
import io.driftwatch.samples.otlp.ReceivedEvent;
import io.driftwatch.samples.otlp.ReceivedLog;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Prompt version, feature flags, segment, experiment and model drift, with no change to the application. */
@Tag("conformance")
class RunbookMetadataTest {

  private final OpenAIClient client = OpenAIOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-metadata").maxRetries(0).build();

  @AfterEach
  void reset() {
    PROVIDER.reset();
    MDC.clear();
  }

  private void chat(String model, String system, String user, Map<String, String> headers) {
    ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder()
        .model(model).addSystemMessage(system).addUserMessage(user);
    headers.forEach(params::putAdditionalHeader);
    client.chat().completions().create(params.build());
  }

  @Test
  void openFeatureFlagsEvaluatedInTheRequestTravelWithItsLlmCall() throws Exception {
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    api.setProviderAndWait(new InMemoryProvider(Map.of("retrieval-v2", Flag.<Boolean>builder()
        .variant("on", true).variant("off", false).defaultVariant("on").build())));
    Client flags = api.getClient();
    String model = uniqueModel("gpt-4o-flags");

    boolean useNewRetrieval = flags.getBooleanValue("retrieval-v2", false);
    chat(model, "You answer briefly.", "question", Map.of());

    assertTrue(useNewRetrieval);
    ReceivedSpan span = spanFor(model);
    // flags evaluated on this thread within the last minute (other tests') travel too: pick this one
    ReceivedEvent evaluation = span.events().stream().filter(e -> e.name().equals("feature_flag.evaluation")
        && "retrieval-v2".equals(e.attributes().get("feature_flag.key"))).findFirst().orElseThrow();
    assertEquals("on", evaluation.attributes().get("feature_flag.result.variant"));
    assertEquals("true", evaluation.attributes().get("feature_flag.result.value"));
    assertNotNull(evaluation.attributes().get("feature_flag.provider.name"));
    assertTrue(span.listAttr("driftwatch.feature_flags").contains("retrieval-v2=on"),
        String.valueOf(span.listAttr("driftwatch.feature_flags")));
  }

  @Test
  void aFlagEvaluationIsAlsoALogRecordOnTheCallsSpanWithItsTargetingKey() throws Exception {
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();
    api.setProviderAndWait(new InMemoryProvider(Map.of("answer-style", Flag.<String>builder()
        .variant("short", "short").variant("long", "long").defaultVariant("short").build())));
    String model = uniqueModel("gpt-4o-flag-log");

    api.getClient().getStringValue("answer-style", "long", new ImmutableContext("user-42"));
    chat(model, "You answer briefly.", "question", Map.of());

    ReceivedSpan span = spanFor(model);
    // flags evaluated on this thread within the last minute (other tests') travel too: pick this one
    ReceivedLog record = RECEIVER.awaitLogs(log -> "feature_flag.evaluation".equals(log.eventName())
        && span.spanId().equals(log.spanId()) && "answer-style".equals(log.stringAttr("feature_flag.key")), 1,
        WAIT).get(0);
    assertEquals(span.traceId(), record.traceId());
    assertEquals("answer-style", record.stringAttr("feature_flag.key"));
    assertEquals("short", record.stringAttr("feature_flag.result.variant"));
    assertEquals("user-42", record.stringAttr("feature_flag.context.id"));
  }

  @Test
  void conversationIdAndPromptNameAreTheConventionsAttributes() {
    String model = uniqueModel("gpt-4o-conversation");
    MDC.put("prompt.name", "refund-triage");
    chat(model, "You answer briefly.", "q", Map.of(
        "baggage", "conversation.id=conv_5j66UpCpwteGg4YSxUnt7lPY,prompt.version=v7"));

    ReceivedSpan span = spanFor(model);
    assertEquals("conv_5j66UpCpwteGg4YSxUnt7lPY", span.stringAttr("gen_ai.conversation.id"));
    assertEquals("refund-triage", span.stringAttr("gen_ai.prompt.name"));
    assertEquals("v7", span.stringAttr("gen_ai.prompt.version"));
    assertEquals("v7", span.stringAttr("driftwatch.prompt.version"));
    assertNotNull(span.stringAttr("driftwatch.prompt.fingerprint"));
  }

  @Test
  void withoutAnExplicitVersionTheConventionsPromptVersionIsAbsentAndTheFingerprintStays() {
    String model = uniqueModel("gpt-4o-no-version");
    chat(model, "You answer briefly.", "q", Map.of());

    ReceivedSpan span = spanFor(model);
    assertEquals(null, span.stringAttr("gen_ai.prompt.version"));
    assertEquals(span.stringAttr("driftwatch.prompt.fingerprint"), span.stringAttr("driftwatch.prompt.version"));
  }

  @Test
  void baggageFromUpstreamWinsOverHeaderAndMdc() {
    String model = uniqueModel("gpt-4o-baggage");
    MDC.put("prompt.version", "from-mdc");
    chat(model, "You answer briefly.", "q", Map.of(
        "baggage", "prompt.version=v7,user.segment=enterprise,experiment.arm=B",
        "x-prompt-version", "from-header"));

    ReceivedSpan span = spanFor(model);
    assertEquals("v7", span.stringAttr("driftwatch.prompt.version"));
    assertEquals("enterprise", span.stringAttr("driftwatch.user.segment"));
    assertEquals("B", span.stringAttr("driftwatch.experiment.arm"));
    RECEIVER.awaitMetric("driftwatch.llm.calls", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && "v7".equals(m.stringAttr("driftwatch.prompt.version")), WAIT);
  }

  @Test
  void headerWinsOverMdcAndMdcAloneIsRead() {
    String withHeader = uniqueModel("gpt-4o-header");
    MDC.put("prompt.version", "from-mdc");
    chat(withHeader, "You answer briefly.", "q", Map.of("x-prompt-version", "from-header"));
    String mdcOnly = uniqueModel("gpt-4o-mdc");
    chat(mdcOnly, "You answer briefly.", "q", Map.of());
    MDC.remove("prompt.version");
    String cleared = uniqueModel("gpt-4o-cleared");
    chat(cleared, "You answer briefly.", "q", Map.of());

    assertEquals("from-header", spanFor(withHeader).stringAttr("driftwatch.prompt.version"));
    assertEquals("from-mdc", spanFor(mdcOnly).stringAttr("driftwatch.prompt.version"));
    ReceivedSpan clearedSpan = spanFor(cleared);
    assertEquals(clearedSpan.stringAttr("driftwatch.prompt.fingerprint"), clearedSpan.stringAttr("driftwatch.prompt.version"));
  }

  @Test
  void fingerprintIgnoresUserInputAndAnEditedInstructionIsAPromptChange() {
    String model = uniqueModel("gpt-4o-prompt");
    String template = "You are the on-call assistant for team %s. Today is %s. Answer in %d words.";
    for (int i = 0; i < 5; i++) {
      chat(model, String.format(template, "\"payments-" + i + "\"", "2026-11-" + (10 + i), 50 + i), "user input " + i, Map.of());
    }
    chat(model, "You are the on-call assistant. Always answer in French.", "user input 6", Map.of());

    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.request.model")), 6, WAIT);
    List<String> fingerprints = spans.stream().map(s -> s.stringAttr("driftwatch.prompt.fingerprint")).distinct().toList();
    assertEquals(2, fingerprints.size(), fingerprints.toString());
    ReceivedSpan edited = spans.stream().filter(s -> s.events().stream()
        .anyMatch(e -> e.name().equals("driftwatch.prompt.changed"))).findFirst().orElseThrow();
    assertNotEquals(spans.get(0).stringAttr("driftwatch.prompt.fingerprint"), edited.stringAttr("driftwatch.prompt.fingerprint"));
    RECEIVER.awaitMetric("driftwatch.prompt.changes", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
  }

  @Test
  void silentServedModelUpdateIsAModelChange() {
    String model = uniqueModel("gpt-4o-drift");
    PROVIDER.setServedModelSuffix("-2024-08-06");
    chat(model, "s", "q1", Map.of());
    chat(model, "s", "q2", Map.of());
    PROVIDER.setServedModelSuffix("-2024-11-20");
    chat(model, "s", "q3", Map.of());

    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.request.model")), 3, WAIT);
    ReceivedEvent change = spans.stream().flatMap(s -> s.events().stream())
        .filter(e -> e.name().equals("driftwatch.model.changed")).findFirst().orElseThrow();
    assertEquals(model + "-2024-08-06", change.attributes().get("driftwatch.model.previous"));
    assertEquals(model + "-2024-11-20", change.attributes().get("driftwatch.model.current"));
    RECEIVER.awaitMetric("driftwatch.model.changes", m -> model.equals(m.stringAttr("gen_ai.request.model"))
        && (model + "-2024-11-20").equals(m.stringAttr("gen_ai.response.model")), WAIT);
  }
}
