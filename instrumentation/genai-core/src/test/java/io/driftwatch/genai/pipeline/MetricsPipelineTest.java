package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two GenAI client metrics of the conventions, with their units, buckets and attributes. */
class MetricsPipelineTest {

  private static final String DURATION = "gen_ai.client.operation.duration";
  private static final String TOKEN_USAGE = "gen_ai.client.token.usage";
  private static final List<Double> DURATION_BUCKETS =
      List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92);
  private static final List<Double> TOKEN_BUCKETS = List.of(1d, 4d, 16d, 64d, 256d, 1024d, 4096d, 16384d, 65536d,
      262144d, 1048576d, 4194304d, 16777216d, 67108864d);

  private Pipeline pipeline;

  @AfterEach
  void close() {
    pipeline.close();
  }

  private Telemetry successfulChat(Map<String, String> config) {
    pipeline = Pipeline.with(config);
    LlmExchange exchange = Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json");
    Exchanges.respond(exchange, 200, "openai-chat/response.json");
    return pipeline.finish();
  }

  private static Map<String, HistogramPointData> byTokenType(List<HistogramPointData> points) {
    return points.stream().collect(Collectors.toMap(p -> string(p.getAttributes(), "gen_ai.token.type"), Function.identity()));
  }

  @Test
  void durationIsAHistogramInSecondsWithTheConventionBuckets() {
    Telemetry telemetry = successfulChat(Map.of());

    assertEquals("s", telemetry.metric(DURATION).getUnit());
    HistogramPointData point = telemetry.histogramPoints(DURATION).get(0);
    assertEquals(DURATION_BUCKETS, point.getBoundaries());
    assertEquals(1, point.getCount());
    assertTrue(point.getSum() >= 0 && point.getSum() < 5, "one quick call in seconds, was " + point.getSum());
  }

  @Test
  void durationCarriesTheCallsIdentifyingAttributes() {
    Attributes attributes = successfulChat(Map.of()).histogramPoints(DURATION).get(0).getAttributes();

    assertEquals("chat", string(attributes, "gen_ai.operation.name"));
    assertEquals("openai", string(attributes, "gen_ai.provider.name"));
    assertEquals("openai", string(attributes, "gen_ai.system"));
    assertEquals("gpt-4o-mini", string(attributes, "gen_ai.request.model"));
    assertEquals("gpt-4o-mini-2024-07-18", string(attributes, "gen_ai.response.model"));
    assertEquals("api.openai.com", string(attributes, "server.address"));
    assertEquals(443L, whole(attributes, "server.port"));
    assertTrue(absent(attributes, "error.type"));
  }

  @Test
  void metricAttributesStayLowCardinality() {
    Attributes attributes = successfulChat(Map.of()).histogramPoints(DURATION).get(0).getAttributes();

    assertTrue(absent(attributes, "gen_ai.response.id"));
    assertTrue(absent(attributes, "http.response.status_code"));
    assertTrue(absent(attributes, "gen_ai.request.max_tokens"));
  }

  @Test
  void tokenUsageIsAHistogramOfTokensWithTheConventionBuckets() {
    Telemetry telemetry = successfulChat(Map.of());

    assertEquals("{token}", telemetry.metric(TOKEN_USAGE).getUnit());
    telemetry.histogramPoints(TOKEN_USAGE).forEach(point -> assertEquals(TOKEN_BUCKETS, point.getBoundaries()));
  }

  @Test
  void tokenUsageRecordsInputAndOutputTokensSeparately() {
    Map<String, HistogramPointData> points = byTokenType(successfulChat(Map.of()).histogramPoints(TOKEN_USAGE));

    assertEquals(2, points.size());
    assertEquals(1117.0, points.get("input").getSum());
    assertEquals(46.0, points.get("output").getSum());
    assertEquals("gpt-4o-mini", string(points.get("input").getAttributes(), "gen_ai.request.model"));
    assertEquals("chat", string(points.get("output").getAttributes(), "gen_ai.operation.name"));
  }

  @Test
  void anthropicInputTokenUsageIncludesCachedTokens() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = Exchanges.start("api.anthropic.com", 443, "/v1/messages", HeaderLookup.NONE, null,
        Transcripts.bytes("anthropic-messages/request.json"));
    Exchanges.respond(exchange, 200, "anthropic-messages/response-cache-read.json");

    Map<String, HistogramPointData> points = byTokenType(pipeline.finish().histogramPoints(TOKEN_USAGE));
    assertEquals(24.0 + 2048.0, points.get("input").getSum());
    assertEquals(310.0, points.get("output").getSum());
  }

  @Test
  void embeddingsRecordOnlyInputTokens() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/embeddings", HeaderLookup.NONE, null,
        Transcripts.bytes("openai-embeddings/request.json"));
    Exchanges.respond(exchange, 200, "openai-embeddings/response.json");

    Map<String, HistogramPointData> points = byTokenType(pipeline.finish().histogramPoints(TOKEN_USAGE));
    assertEquals(List.of("input"), List.copyOf(points.keySet()));
    assertEquals(17.0, points.get("input").getSum());
  }

  @Test
  void failedCallRecordsDurationWithErrorTypeAndNoTokens() {
    pipeline = Pipeline.withDefaults();
    Exchanges.openAiChat("openai-chat/request-max-tokens.json").fail(new ConnectException("Connection refused"));

    Telemetry telemetry = pipeline.finish();
    Attributes attributes = telemetry.histogramPoints(DURATION).get(0).getAttributes();
    assertEquals("java.net.ConnectException", string(attributes, "error.type"));
    assertEquals("gpt-3.5-turbo", string(attributes, "gen_ai.request.model"));
    assertEquals(List.of(), telemetry.histogramPoints(TOKEN_USAGE));
  }

  @Test
  void rateLimitedCallRecordsDurationWithTheStatusAsErrorType() {
    pipeline = Pipeline.withDefaults();
    Exchanges.respond(Exchanges.openAiChat("openai-chat/request-max-tokens.json"), 429,
        "errors/openai-429-rate-limit-exceeded.json");

    assertEquals("429", string(pipeline.finish().histogramPoints(DURATION).get(0).getAttributes(), "error.type"));
  }

  @Test
  void optingIntoLatestConventionsDropsTheLegacySystemAttributeFromMetrics() {
    Telemetry telemetry = successfulChat(Map.of(GenAiSettings.SEMCONV_OPT_IN, "gen_ai_latest_experimental"));

    assertTrue(absent(telemetry.histogramPoints("gen_ai.client.inference.duration").get(0).getAttributes(),
        "gen_ai.system"));
    telemetry.histogramPoints("gen_ai.client.inference.operation.input_tokens")
        .forEach(point -> assertTrue(absent(point.getAttributes(), "gen_ai.system")));
    assertEquals(List.of(), telemetry.histogramPoints(DURATION), "the legacy name is not emitted");
  }
}
