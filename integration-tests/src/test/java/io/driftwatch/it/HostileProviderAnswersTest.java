package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.HostileAnswersApp;
import io.driftwatch.it.faults.HostileProvider;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A provider that answers hostile content on purpose (issue 14, "hostile provider answers"): the
 * application, in a 64 MiB heap, gets exactly what it gets without the agent, and the agent's
 * telemetry stays bounded in count and length, carries no key the provider echoed or the URL held,
 * and no impossible number; every bound that was hit is counted in driftwatch.agent.dropped.
 */
class HostileProviderAnswersTest {

  private static final String HEAP = "-Xmx64m";
  private static final int HUGE_MODEL_CALLS = 40;
  private static HostileProvider provider;
  private static String prefix;
  private static String service;
  private static ForkedJvm.Result plain;
  private static ForkedJvm.Result observed;

  @BeforeAll
  static void runTheAppWithAndWithoutTheAgent() throws Exception {
    provider = new HostileProvider();
    prefix = uniqueModel("hostile");
    service = "hostile-answers-" + Long.toHexString(System.nanoTime());
    plain = run(List.of(HEAP));
    observed = run(List.of(HEAP, "-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=" + service,
        // large enough to read the 800 KB answers, so their ids and models reach the analysis
        "-Dotel.instrumentation.genai.max-captured-body-bytes=2097152"));
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  private static ForkedJvm.Result run(List<String> jvmArgs) throws Exception {
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(), jvmArgs, ForkedJvm.testClassPath(), Map.of(),
        HostileAnswersApp.class.getName(), provider.baseUrl(), prefix, Integer.toString(HUGE_MODEL_CALLS),
        HostileProvider.GEMINI_KEY, HostileProvider.API_KEY);
    assertEquals(0, result.exitCode(), result.output());
    return result;
  }

  private static String results(ForkedJvm.Result result) {
    return result.output().lines().filter(line -> line.matches("^[a-z-]+: .*"))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theApplicationGetsExactlyWhatItGetsWithoutTheAgent() {
    String without = results(plain);
    System.out.println("WITHOUT AGENT:\n" + without + "\nWITH AGENT:\n" + results(observed));
    assertEquals(7, without.lines().count(), plain.output());
    assertEquals(without, results(observed), observed.output());
    assertTrue(without.contains("tool-indexes: status=200"), without);
    assertTrue(without.contains("tool-indexes-jdk: status=200"), without);
    assertTrue(without.contains("finish-reasons: status=200"), without);
    assertTrue(without.contains("echo-key: status=401"), without);
    // the scenario is real: the application's own exception names the URL with the key
    assertTrue(without.contains("redirect-loop: failed") && without.contains("message names the key: true"), without);
    assertFalse(observed.output().contains("OutOfMemoryError"), observed.output());
  }

  @Test
  void aStreamOpeningAToolCallOrAFinishReasonInEveryChunkKeepsBoundedState() {
    for (String client : List.of("tool-indexes", "tool-indexes-jdk")) {
      ReceivedSpan tools = span(client);
      assertEquals("completed", tools.stringAttr("driftwatch.response.outcome"), client);
      assertEquals(HostileProvider.STREAM_CHUNKS, tools.longAttr("driftwatch.stream.chunks"), client);
    }
    ReceivedSpan reasons = span("finish-reasons");
    List<Object> finishReasons = reasons.listAttr("gen_ai.response.finish_reasons");
    assertNotNull(finishReasons);
    assertTrue(finishReasons.size() <= 64, "finish reasons kept: " + finishReasons.size());
    assertTrue(finishReasons.stream().allMatch(r -> r.toString().length() <= 64), "a finish reason was not cut");
    assertTrue(droppedReasons().containsAll(Set.of("tool_calls_bounded", "finish_reasons_bounded")), droppedReasons().toString());
  }

  @Test
  void hugeModelNamesAndIdsAreCutOnSpansAndNeverGrowMetrics() {
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> (prefix + "-huge-model").equals(s.stringAttr("gen_ai.request.model")),
        HUGE_MODEL_CALLS, WAIT);
    assertEquals(HUGE_MODEL_CALLS, spans.size());
    for (ReceivedSpan span : spans) {
      assertTrue(span.stringAttr("gen_ai.response.model").startsWith("model-"), "the model is cut, not dropped");
      assertTrue(span.stringAttr("gen_ai.response.model").length() <= 256, "response model on the span");
      assertTrue(span.stringAttr("gen_ai.response.id").length() <= 256, "response id on the span");
    }
    List<ReceivedMetric> points = metricPoints();
    long totalChars = points.stream().flatMap(p -> p.attributes().values().stream())
        .mapToLong(v -> v.toString().length()).sum();
    int longest = points.stream().flatMap(p -> p.attributes().values().stream())
        .mapToInt(v -> v.toString().length()).max().orElse(0);
    // without the bounds: 40 calls x 400 KB per value, on several instruments (heap 8 MB -> 427 MB at 80 calls)
    assertTrue(longest <= 256, "a metric attribute value of " + longest + " characters");
    assertTrue(totalChars < 1_000_000, "metric attribute values hold " + totalChars + " characters");
    assertTrue(droppedReasons().containsAll(Set.of("value_too_long", "metric_value_too_long")), droppedReasons().toString());
  }

  @Test
  void anErrorBodyEchoingTheKeyNeverReachesTelemetry() {
    ReceivedSpan span = span("echo-key");
    assertEquals("_INVALID", span.stringAttr("driftwatch.provider.error_type"));
    assertEquals("ERROR", span.statusCode());
    System.out.println("echo-key span status: " + span.statusMessage());
    assertFalse(String.valueOf(span.statusMessage()).contains(HostileProvider.API_KEY), span.statusMessage());
    assertFalse(span.attributes().toString().contains(HostileProvider.API_KEY), span.attributes().toString());
    assertTrue(metricPoints().stream().noneMatch(p -> p.attributes().toString().contains(HostileProvider.API_KEY)),
        "a metric attribute holds the echoed key");
    assertTrue(droppedReasons().contains("invalid_error_type"), droppedReasons().toString());
  }

  @Test
  void aRedirectLoopOnAUrlWithAKeyLeavesTheKeyOutOfTheStatusMessage() {
    ReceivedSpan span = RECEIVER.awaitSpans(s -> (prefix + "-redirect").equals(s.stringAttr("gen_ai.request.model"))
        && "ERROR".equals(s.statusCode()), 1, WAIT).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no failed span for the redirect loop: " + RECEIVER.spans().stream()
            .filter(s -> String.valueOf(s.stringAttr("gen_ai.request.model")).startsWith(prefix)).toList()));
    assertNotNull(span.statusMessage());
    System.out.println("redirect-loop span status: " + span.statusMessage());
    assertFalse(span.statusMessage().contains(HostileProvider.GEMINI_KEY), span.statusMessage());
    assertFalse(span.statusMessage().contains("key="), span.statusMessage());
    assertTrue(span.statusMessage().length() <= 256, span.statusMessage());
    for (ReceivedSpan any : RECEIVER.spans()) {
      assertFalse(any.toString().contains(HostileProvider.GEMINI_KEY), "a span holds the key: " + any);
    }
  }

  @Test
  void impossibleNumbersAreDroppedAndCounted() {
    ReceivedSpan span = span("absurd-numbers");
    assertNull(span.longAttr("gen_ai.usage.input_tokens"), "Long.MIN_VALUE input tokens");
    assertNull(span.longAttr("gen_ai.usage.output_tokens"), "5e12 output tokens");
    assertNull(span.doubleAttr("driftwatch.cost"));
    for (ReceivedMetric point : metricPoints()) {
      if (point.name().startsWith("driftwatch.llm.ratelimit.") || point.name().equals("gen_ai.client.token.usage")) {
        assertTrue(Double.isFinite(point.value()) && point.value() >= 0 && Double.isFinite(point.sum())
            && point.sum() >= 0 && point.value() < 1e12 && point.sum() < 1e12, "an impossible number exported: " + point);
      }
    }
    assertTrue(droppedReasons().contains("invalid_number"), droppedReasons().toString());
  }

  private static ReceivedSpan span(String testCase) {
    String model = prefix + "-" + testCase;
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.request.model")), 1, WAIT);
    assertEquals(1, spans.size(), "spans for " + model + ": " + spans);
    return spans.get(0);
  }

  private static List<ReceivedMetric> metricPoints() {
    RECEIVER.awaitMetric("driftwatch.agent.dropped", p -> service.equals(p.resourceAttributes().get("service.name")), WAIT);
    return RECEIVER.metrics().stream().filter(p -> service.equals(p.resourceAttributes().get("service.name"))).toList();
  }

  private static Set<String> droppedReasons() {
    return metricPoints().stream().filter(p -> p.name().equals("driftwatch.agent.dropped"))
        .map(p -> p.stringAttr("reason")).collect(Collectors.toSet());
  }
}
