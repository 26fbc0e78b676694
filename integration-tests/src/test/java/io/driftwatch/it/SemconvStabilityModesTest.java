package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.it.apps.LangChain4jChatApp;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three {@code OTEL_SEMCONV_STABILITY_OPT_IN} modes end to end: an unmodified LangChain4j app in
 * a forked JVM with the real agent jar, exporting over OTLP to the real receiver. The default gives
 * the official agent's names, {@code gen_ai_latest_experimental} the newest only, {@code /dup} both,
 * each call counted once under each name, with the conventions' buckets.
 */
class SemconvStabilityModesTest {

  private static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  private static final String LEGACY_DURATION = "gen_ai.client.operation.duration";
  private static final String LATEST_DURATION = "gen_ai.client.inference.duration";
  private static final String LEGACY_TOKENS = "gen_ai.client.token.usage";
  private static final String LATEST_TOKENS = "gen_ai.client.inference.usage.input_tokens";

  @ParameterizedTest(name = "OTEL_SEMCONV_STABILITY_OPT_IN={0}")
  @CsvSource({"'', true, false", "gen_ai_latest_experimental, false, true",
      "'http,gen_ai_latest_experimental/dup', true, true"})
  void eachModeExportsItsNamesThroughTheAgentJar(String optIn, boolean legacy, boolean latest) throws Exception {
    String model = uniqueModel("gpt-4o-semconv");
    Map<String, String> env = optIn.isEmpty() ? Map.of() : Map.of("OTEL_SEMCONV_STABILITY_OPT_IN", optIn);
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=semconv-app",
            "-Dotel.metric.export.interval=500"),
        ForkedJvm.testClassPath(), env, LangChain4jChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);
    assertEquals(0, result.exitCode(), result.output());

    ReceivedSpan span = spanFor(model);
    assertEquals(legacy, span.stringAttr("gen_ai.system") != null, "gen_ai.system on the span");
    assertEquals("openai", span.stringAttr("gen_ai.provider.name"));

    String expected = latest ? LATEST_DURATION : LEGACY_DURATION;
    ReceivedMetric duration = RECEIVER.awaitMetric(expected, point -> model.equals(point.stringAttr(
        "gen_ai.request.model")), WAIT);
    assertEquals(DURATION_BUCKETS, duration.explicitBounds());
    assertEquals("s", duration.unit());
    if (latest) {
      ReceivedMetric tokens = RECEIVER.awaitMetric(LATEST_TOKENS, point -> model.equals(point.stringAttr(
          "gen_ai.request.model")), WAIT);
      assertEquals("SUM", tokens.type());
      assertEquals("unknown", tokens.stringAttr("gen_ai.token.modality"));
    }
    if (legacy) {
      RECEIVER.awaitMetric(LEGACY_DURATION, point -> model.equals(point.stringAttr("gen_ai.request.model")), WAIT);
      RECEIVER.awaitMetric(LEGACY_TOKENS, point -> model.equals(point.stringAttr("gen_ai.request.model")), WAIT);
    }
    // the run is over and flushed: what this model's points are named is final
    Set<String> names = RECEIVER.metrics().stream()
        .filter(point -> model.equals(point.stringAttr("gen_ai.request.model")))
        .map(ReceivedMetric::name).filter(name -> name.startsWith("gen_ai."))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(legacy, names.contains(LEGACY_DURATION), names::toString);
    assertEquals(legacy, names.contains(LEGACY_TOKENS), names::toString);
    assertEquals(latest, names.contains(LATEST_DURATION), names::toString);
    assertEquals(latest, names.contains(LATEST_TOKENS), names::toString);
    long calls = RECEIVER.metrics().stream()
        .filter(point -> point.name().equals(expected) && model.equals(point.stringAttr("gen_ai.request.model")))
        .mapToLong(ReceivedMetric::count).max().orElse(0);
    assertEquals(1, calls, "one call, counted once under " + expected);
  }
}
