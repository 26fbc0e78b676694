package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.emit.AttributeValueCap;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The alert rules join {@code gen_ai.client.*} and {@code driftwatch.llm.*}: both must carry the
 * same common attributes with the same capped values, whatever each adds of its own.
 */
class SharedMetricAttributesTest {

  /** Attributes one metric adds on top of the common ones (see docs/SIGNALS.md). */
  private static final Set<String> OWN_ATTRIBUTES = Set.of("gen_ai.response.model", "error.type", "server.port",
      "gen_ai.system", "gen_ai.token.type", "driftwatch.outcome");
  private static final List<String> CALL_METRICS = List.of("gen_ai.client.operation.duration",
      "gen_ai.client.token.usage", "driftwatch.llm.calls", "driftwatch.llm.tokens", "driftwatch.llm.request.size",
      "driftwatch.llm.response.size", "driftwatch.llm.output.length");
  private static final String STREAMED = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":["
      + "{\"role\":\"system\",\"content\":\"Answer briefly.\"},{\"role\":\"user\",\"content\":\"hi\"}]}";

  private Pipeline pipeline;

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static List<Attributes> points(Telemetry telemetry, String name) {
    MetricData metric = telemetry.metric(name);
    assertNotNull(metric, name + " was not recorded");
    return metric.getData().getPoints().stream().map(PointData::getAttributes).collect(Collectors.toList());
  }

  private static Attributes withoutOwn(Attributes attributes) {
    AttributesBuilder common = Attributes.builder();
    attributes.forEach((key, value) -> {
      if (!OWN_ATTRIBUTES.contains(key.getKey())) {
        @SuppressWarnings("unchecked")
        AttributeKey<Object> untyped = (AttributeKey<Object>) key;
        common.put(untyped, value);
      }
    });
    return common.build();
  }

  private static Set<Attributes> commonOf(Telemetry telemetry, String name) {
    return points(telemetry, name).stream().map(SharedMetricAttributesTest::withoutOwn)
        .collect(Collectors.toSet());
  }

  private static LlmExchange chat(String model, String system) {
    return Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null, Exchanges.utf8(
        "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"system\",\"content\":\"" + system + "\"},"
            + "{\"role\":\"user\",\"content\":\"hi\"}]}"));
  }

  /** A streamed chat whose answer has arrived as one content chunk per word, not yet ended. */
  private static LlmExchange streamedChunks(String... words) {
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null,
        Exchanges.utf8(STREAMED));
    exchange.onResponseHead(200, Exchanges.EVENT_STREAM, -1);
    for (String word : words) {
      exchange.onResponseBytes(ByteBuffer.wrap(Exchanges.utf8("data: {\"id\":\"c1\",\"model\":\"gpt-4o-mini\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + word + "\"}}]}\n\n")));
    }
    return exchange;
  }

  @Test
  void everyCallMetricCarriesTheSameCommonAttributesIncludingThePromptVersion() {
    pipeline = Pipeline.withDefaults();
    Exchanges.respond(Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json"), 200,
        "openai-chat/response.json");
    Telemetry telemetry = pipeline.finish();

    Set<Attributes> expected = commonOf(telemetry, "driftwatch.llm.calls");
    assertEquals(1, expected.size());
    Attributes common = expected.iterator().next();
    assertEquals(Set.of("gen_ai.provider.name", "gen_ai.operation.name", "gen_ai.request.model", "server.address",
        "driftwatch.prompt.version"), common.asMap().keySet().stream().map(AttributeKey::getKey)
        .collect(Collectors.toCollection(TreeSet::new)));
    for (String metric : CALL_METRICS) {
      assertEquals(expected, commonOf(telemetry, metric), metric);
    }
  }

  @Test
  void streamTimingsCarryTheSameCommonAttributes() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = streamedChunks("Hello", " there", ", friend"); // three chunks: two intervals
    exchange.onResponseBytes(ByteBuffer.wrap(Exchanges.utf8("data: [DONE]\n\n")));
    exchange.complete();
    Telemetry telemetry = pipeline.finish();

    Set<Attributes> expected = commonOf(telemetry, "driftwatch.llm.calls");
    assertFalse(string(expected.iterator().next(), "driftwatch.prompt.version").isEmpty());
    assertEquals(expected, commonOf(telemetry, "gen_ai.client.operation.time_to_first_chunk"));
    assertEquals(expected, commonOf(telemetry, "gen_ai.client.operation.time_per_output_chunk"));
  }

  @Test
  void aStreamThatFailsAfterItsFirstChunkHasTheErrorTypeOnItsTimings() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = streamedChunks("Hello", " there");
    exchange.fail(new SocketException("Connection reset"));
    Telemetry telemetry = pipeline.finish();

    for (String metric : List.of("gen_ai.client.operation.time_to_first_chunk",
        "gen_ai.client.operation.time_per_output_chunk", "gen_ai.client.operation.duration")) {
      assertEquals(List.of("java.net.SocketException"), points(telemetry, metric).stream()
          .map(attributes -> string(attributes, "error.type")).collect(Collectors.toList()), metric);
    }
    assertEquals(commonOf(telemetry, "driftwatch.llm.calls"),
        commonOf(telemetry, "gen_ai.client.operation.time_to_first_chunk"));
  }

  @Test
  void modelsBeyondTheCapAreOtherOnTheConventionMetricsToo() {
    pipeline = Pipeline.with(Map.of(GenAiSettings.MAX_ATTRIBUTE_VALUES, "1"));
    Exchanges.respond(chat("model-a", "Be brief."), 200, "openai-chat/response.json");
    Exchanges.respond(chat("model-b", "Be brief."), 200, "openai-chat/response.json");
    Telemetry telemetry = pipeline.finish();

    for (String metric : List.of("gen_ai.client.operation.duration", "gen_ai.client.token.usage",
        "driftwatch.llm.calls")) {
      assertEquals(Set.of("model-a", AttributeValueCap.OTHER), points(telemetry, metric).stream()
          .map(attributes -> string(attributes, "gen_ai.request.model")).collect(Collectors.toSet()), metric);
    }
    assertEquals(commonOf(telemetry, "driftwatch.llm.calls"), commonOf(telemetry, "gen_ai.client.operation.duration"));
  }

  @Test
  void errorTypeIsCappedToo() {
    pipeline = Pipeline.with(Map.of(GenAiSettings.MAX_ATTRIBUTE_VALUES, "1"));
    Exchanges.respond(chat("model-a", "Be brief."), 500, Exchanges.utf8("{\"error\":{}}"));
    Exchanges.respond(chat("model-a", "Be brief."), 503, Exchanges.utf8("{\"error\":{}}"));
    Telemetry telemetry = pipeline.finish();

    assertEquals(Set.of("500", AttributeValueCap.OTHER), points(telemetry, "gen_ai.client.operation.duration")
        .stream().map(attributes -> string(attributes, "error.type")).collect(Collectors.toSet()));
  }
}
