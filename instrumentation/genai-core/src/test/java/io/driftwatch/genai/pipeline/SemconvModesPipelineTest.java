package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.config.SemconvStability;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.testing.ConventionsRegistry;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the pipeline emits in each {@code OTEL_SEMCONV_STABILITY_OPT_IN} mode, checked against the
 * checked-in conventions registry: every GenAI name is in it, with its instrument, unit, buckets and
 * attribute types; the default mode emits exactly the official agent's names, the latest mode none
 * of them, the duplicate mode both.
 */
class SemconvModesPipelineTest {

  // the per-chunk histograms are left out: whether a test stream has gaps between chunks is timing
  private static final Set<String> LEGACY_METRICS = Set.of("gen_ai.client.operation.duration",
      "gen_ai.client.token.usage", "gen_ai.client.operation.time_to_first_chunk");
  private static final Set<String> LATEST_METRICS = Set.of("gen_ai.client.inference.duration",
      "gen_ai.client.embeddings.duration", "gen_ai.client.inference.usage.input_tokens",
      "gen_ai.client.inference.usage.output_tokens", "gen_ai.client.inference.operation.input_tokens",
      "gen_ai.client.inference.operation.output_tokens", "gen_ai.client.embeddings.operation.input_tokens",
      "gen_ai.client.inference.usage.cache_read.input_tokens", "gen_ai.client.inference.usage.reasoning.output_tokens",
      "gen_ai.client.inference.time_to_first_chunk");
  private static final String OPT_IN_VALUE_LATEST = "gen_ai_latest_experimental";
  private static final String STREAMED_REQUEST = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[]}";

  private final ConventionsRegistry registry = ConventionsRegistry.load();
  private Pipeline pipeline;

  @AfterEach
  void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private static Map<String, String> config(SemconvStability mode) {
    return switch (mode) {
      case LEGACY -> Map.of();
      case LATEST -> Map.of(GenAiSettings.SEMCONV_OPT_IN, "http," + OPT_IN_VALUE_LATEST);
      case DUPLICATE -> Map.of(GenAiSettings.SEMCONV_OPT_IN, OPT_IN_VALUE_LATEST + "/dup");
    };
  }

  /** A chat, a streamed chat, an embeddings call and a continued Responses API call. */
  private Telemetry callsIn(SemconvStability mode) {
    pipeline = Pipeline.with(config(mode));
    Exchanges.respond(Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json"), 200,
        "openai-chat/response.json");
    Exchanges.respondStream(Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null,
        Exchanges.utf8(STREAMED_REQUEST)), "openai-chat/response-stream.sse");
    Exchanges.respond(Exchanges.start("api.openai.com", 443, "/v1/embeddings", HeaderLookup.NONE, null,
        Transcripts.bytes("openai-embeddings/request.json")), 200, "openai-embeddings/response.json");
    Exchanges.respond(Exchanges.start("api.openai.com", 443, "/v1/responses", HeaderLookup.NONE, null,
        Transcripts.bytes("openai-responses/request-continued.json")), 200, "openai-responses/response-completed.json");
    return pipeline.finish();
  }

  private static Set<String> genAiMetricNames(Telemetry telemetry) {
    Set<String> names = new TreeSet<>();
    telemetry.metrics().stream().map(MetricData::getName)
        .filter(n -> n.startsWith("gen_ai.") && !n.endsWith(".time_per_output_chunk")).forEach(names::add);
    return names;
  }

  @ParameterizedTest
  @EnumSource(SemconvStability.class)
  void everyEmittedGenAiMetricIsInTheRegistryWithItsInstrumentUnitBucketsAndAttributes(SemconvStability mode) {
    Telemetry telemetry = callsIn(mode);
    List<String> problems = new ArrayList<>();
    for (MetricData metric : telemetry.metrics()) {
      if (!ConventionsRegistry.governs(metric.getName())) {
        continue;
      }
      ConventionsRegistry.Entry entry = registry.metric(metric.getName());
      if (entry == null) {
        problems.add(metric.getName() + " is not in the registry");
        continue;
      }
      String instrument = metric.getType() == MetricDataType.HISTOGRAM ? "histogram"
          : metric.getType() == MetricDataType.LONG_SUM || metric.getType() == MetricDataType.DOUBLE_SUM ? "counter"
          : metric.getType().name();
      if (!entry.type().equals(instrument)) {
        problems.add(metric.getName() + " is a " + instrument + ", the registry says " + entry.type());
      }
      if (!entry.unit().equals(metric.getUnit())) {
        problems.add(metric.getName() + " has unit " + metric.getUnit() + ", the registry says " + entry.unit());
      }
      if (metric.getType() == MetricDataType.HISTOGRAM) {
        for (HistogramPointData point : metric.getHistogramData().getPoints()) {
          if (!point.getBoundaries().equals(entry.buckets())) {
            problems.add(metric.getName() + " has buckets " + point.getBoundaries());
          }
        }
      }
      for (PointData point : metric.getData().getPoints()) {
        problems.addAll(attributeProblems(metric.getName(), point.getAttributes(), mode));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theDefaultModeEmitsExactlyTheOfficialAgentsMetricNames() {
    assertEquals(new TreeSet<>(LEGACY_METRICS), genAiMetricNames(callsIn(SemconvStability.LEGACY)));
  }

  @Test
  void theLatestModeEmitsOnlyTheNewestNames() {
    Telemetry telemetry = callsIn(SemconvStability.LATEST);
    assertEquals(new TreeSet<>(LATEST_METRICS), genAiMetricNames(telemetry));
    assertEquals(1, telemetry.histogramPoints("gen_ai.client.embeddings.duration").get(0).getCount());
    assertEquals(3, telemetry.histogramPoints("gen_ai.client.inference.duration").stream()
        .mapToLong(HistogramPointData::getCount).sum(), "chat, stream and responses are inference calls");
  }

  @Test
  void theDuplicateModeEmitsBothAndCountsEachCallOnceUnderEachName() {
    Telemetry telemetry = callsIn(SemconvStability.DUPLICATE);
    Set<String> both = new TreeSet<>(LEGACY_METRICS);
    both.addAll(LATEST_METRICS);
    assertEquals(both, genAiMetricNames(telemetry));
    long legacyCalls = telemetry.histogramPoints("gen_ai.client.operation.duration").stream()
        .mapToLong(HistogramPointData::getCount).sum();
    long latestCalls = telemetry.histogramPoints("gen_ai.client.inference.duration").stream()
        .mapToLong(HistogramPointData::getCount).sum()
        + telemetry.histogramPoints("gen_ai.client.embeddings.duration").stream()
        .mapToLong(HistogramPointData::getCount).sum();
    assertEquals(4, legacyCalls);
    assertEquals(legacyCalls, latestCalls);
  }

  @Test
  void tokenCountersOfTheLatestModeAddUpToTheLegacyHistogramsSums() {
    Map<String, Double> legacy = new HashMap<>();
    for (HistogramPointData point : callsIn(SemconvStability.DUPLICATE).histogramPoints("gen_ai.client.token.usage")) {
      if (!"embeddings".equals(string(point.getAttributes(), "gen_ai.operation.name"))) {
        legacy.merge(string(point.getAttributes(), "gen_ai.token.type"), point.getSum(), Double::sum);
      }
    }
    MetricData input = pipeline.telemetry.metric("gen_ai.client.inference.usage.input_tokens");
    double counted = input.getLongSumData().getPoints().stream().mapToLong(p -> p.getValue()).sum();
    assertEquals(legacy.get("input"), counted);
    input.getLongSumData().getPoints().forEach(p -> assertEquals("unknown", string(p.getAttributes(),
        "gen_ai.token.modality")));
  }

  @ParameterizedTest
  @EnumSource(SemconvStability.class)
  void everySpanAttributeOfTheConventionsIsInTheRegistryWithItsType(SemconvStability mode) {
    Telemetry telemetry = callsIn(mode);
    List<String> problems = new ArrayList<>();
    for (SpanData span : telemetry.spans()) {
      problems.addAll(attributeProblems(span.getName(), span.getAttributes(), mode));
    }
    assertEquals(List.of(), problems);
    boolean hasSystem = telemetry.spans().stream().allMatch(s -> s.getAttributes().get(
        AttributeKey.stringKey("gen_ai.system")) != null);
    assertEquals(mode.emitsLegacy(), hasSystem);
  }

  @ParameterizedTest
  @EnumSource(SemconvStability.class)
  void openAiFingerprintServiceTiersAndPreviousResponseAreStandardAttributes(SemconvStability mode) {
    Telemetry telemetry = callsIn(mode);
    SpanData chat = telemetry.spans().stream().filter(s -> "fp_06737a9306".equals(
        string(s.getAttributes(), "openai.response.system_fingerprint"))).findFirst().orElse(null);
    assertNotNull(chat, "no span carries the chat answer's system_fingerprint: " + telemetry.spans());
    assertEquals("default", string(chat.getAttributes(), "openai.response.service_tier"));
    SpanData continued = telemetry.spans().stream().filter(s -> s.getName().startsWith("chat gpt-4.1-mini"))
        .findFirst().orElseThrow();
    assertEquals("resp_0123456789aBCdef", string(continued.getAttributes(), "gen_ai.request.previous_response.id"));
    assertEquals("flex", string(continued.getAttributes(), "openai.request.service_tier"));
  }

  private List<String> attributeProblems(String where, Attributes attributes, SemconvStability mode) {
    List<String> problems = new ArrayList<>();
    attributes.forEach((key, value) -> {
      if (!ConventionsRegistry.governs(key.getKey())) {
        return;
      }
      ConventionsRegistry.Entry entry = registry.attribute(key.getKey());
      if (entry == null) {
        problems.add(where + ": " + key.getKey() + " is not in the registry");
      } else if (!entry.attributeTypes().contains(key.getType())) {
        problems.add(where + ": " + key.getKey() + " is " + key.getType() + ", the registry says " + entry.type());
      } else if (mode == SemconvStability.LATEST && !entry.current()) {
        problems.add(where + ": " + key.getKey() + " is " + entry.status() + " but only the latest names were asked for");
      }
    });
    return problems;
  }

  @Test
  void theRegistryCopyIsReadable() {
    assertFalse(registry.metrics().isEmpty());
    assertTrue(registry.metric("gen_ai.client.inference.duration").current());
    assertFalse(registry.metric("gen_ai.client.operation.duration").current());
  }
}
