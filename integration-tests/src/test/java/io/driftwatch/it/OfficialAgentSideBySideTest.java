package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.OpenAiContentApp;
import io.driftwatch.it.apps.TracedRequestApp;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Map;
import io.driftwatch.it.ForkedJvm.BesideOfficialAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Both agents attached to one application: both work, and the LLM span joins the trace the official agent carries. */
class OfficialAgentSideBySideTest {

  private static final String DRIFTWATCH_SCOPE = "io.driftwatch.genai";
  private static final List<String> STANDARD_METRICS = List.of("gen_ai.client.token.usage",
      "gen_ai.client.operation.duration", "gen_ai.client.operation.time_to_first_chunk",
      "gen_ai.client.operation.time_per_output_chunk");

  @Test
  void llmSpanIsAChildOfTheRequestSpanTheOfficialAgentHasCurrent() throws Exception {
    String model = uniqueModel("gpt-4o-two-agents");
    ForkedJvm.Result result = runWithBothAgents("two-agents", TracedRequestApp.class, model);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("answer="), result.output());
    String[] request = result.output().lines().filter(l -> l.startsWith("request-span=")).findFirst().orElseThrow()
        .substring("request-span=".length()).split("/");
    ReceivedSpan llm = spanFor(model);
    assertEquals(request[0], llm.traceId(), "the LLM span joins the official agent's trace");
    assertEquals(request[1], llm.parentSpanId(), "the LLM span's parent is the request span");
    List<ReceivedSpan> officialHttpSpan = RECEIVER.awaitSpans(s -> request[0].equals(s.traceId())
        && "CLIENT".equals(s.kind()) && !s.spanId().equals(llm.spanId()), 1, WAIT);
    assertEquals(request[1], officialHttpSpan.get(0).parentSpanId(), "the official agent's HTTP span still works");
  }

  @ParameterizedTest
  @EnumSource(BesideOfficialAgent.class)
  void besideTheOfficialOpenAiInstrumentationTheStandardMetricsAreCountedOnceAndDriftwatchsOwnStay(
      BesideOfficialAgent distribution) throws Exception {
    String model = uniqueModel("gpt-4o-two-agents-openai");
    ForkedJvm.Result result = runWithBothAgents(distribution, "two-agents-openai", OpenAiContentApp.class, model,
        Map.of());

    assertEquals(0, result.exitCode(), result.output());
    assertEquals(List.of(), result.output().lines()
        .filter(l -> l.startsWith("[driftwatch]") && !l.contains("started;")).toList(), "app output unchanged");
    List<ReceivedSpan> genAiSpans = RECEIVER.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.request.model")), 2, WAIT);
    ReceivedSpan llm = genAiSpans.stream().filter(s -> DRIFTWATCH_SCOPE.equals(s.scopeName())).findFirst().orElseThrow();
    ReceivedSpan officialChat = genAiSpans.stream().filter(s -> !DRIFTWATCH_SCOPE.equals(s.scopeName())).findFirst()
        .orElseThrow();
    assertEquals(2, genAiSpans.size(), "the official chat span and Driftwatch's: " + genAiSpans);
    assertEquals(officialChat.traceId(), llm.traceId(), "one trace");
    assertEquals(officialChat.spanId(), llm.parentSpanId(), "Driftwatch's span sits under the official chat span");

    ReceivedMetric officialTokens = RECEIVER.awaitMetric("gen_ai.client.token.usage",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertTrue(!DRIFTWATCH_SCOPE.equals(officialTokens.scopeName()), officialTokens.scopeName());
    RECEIVER.awaitMetric("driftwatch.llm.calls", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    List<String> counted = RECEIVER.metrics().stream()
        .filter(m -> STANDARD_METRICS.contains(m.name()) && model.equals(m.stringAttr("gen_ai.request.model")))
        .map(m -> m.scopeName() + " " + m.name()).distinct().sorted().toList();
    assertTrue(counted.stream().noneMatch(line -> line.startsWith(DRIFTWATCH_SCOPE + " ")),
        "standard metrics from both agents: " + counted);
  }

  @ParameterizedTest
  @EnumSource(BesideOfficialAgent.class)
  void withTheOfficialOpenAiInstrumentationSwitchedOffEachCallHasOneGenAiSpanAndOneSetOfStandardMetrics(
      BesideOfficialAgent distribution) throws Exception {
    String model = uniqueModel("gpt-4o-two-agents-switch");
    ForkedJvm.Result result = runWithBothAgents(distribution, "two-agents-switch", OpenAiContentApp.class, model,
        Map.of("OTEL_INSTRUMENTATION_OPENAI_JAVA_ENABLED", "false"));

    assertEquals(0, result.exitCode(), result.output());
    RECEIVER.awaitMetric("gen_ai.client.token.usage", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    RECEIVER.awaitMetric("driftwatch.llm.calls", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    List<ReceivedSpan> genAiSpans = RECEIVER.spans().stream()
        .filter(s -> model.equals(s.stringAttr("gen_ai.request.model"))).toList();
    assertEquals(List.of(DRIFTWATCH_SCOPE), genAiSpans.stream().map(ReceivedSpan::scopeName).toList());
    assertEquals(List.of(DRIFTWATCH_SCOPE), RECEIVER.metrics().stream()
        .filter(m -> STANDARD_METRICS.contains(m.name()) && model.equals(m.stringAttr("gen_ai.request.model")))
        .map(ReceivedMetric::scopeName).distinct().toList());
  }

  private static ForkedJvm.Result runWithBothAgents(String service, Class<?> app, String model) throws Exception {
    return runWithBothAgents(BesideOfficialAgent.SECOND_AGENT, service, app, model, Map.of());
  }

  private static ForkedJvm.Result runWithBothAgents(BesideOfficialAgent distribution, String service, Class<?> app,
      String model, Map<String, String> extraEnvironment) throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(
        Map.of("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "OTEL_LOGS_EXPORTER", "none"));
    environment.putAll(extraEnvironment);
    return ForkedJvm.run(ForkedJvm.currentJavaHome(),
        distribution.jvmArgs("-Dotel.service.name=" + service),
        ForkedJvm.testClassPath(), environment, app.getName(), PROVIDER.baseUrl() + "/v1", model);
  }
}
