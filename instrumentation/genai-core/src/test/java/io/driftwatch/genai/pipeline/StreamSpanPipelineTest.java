package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.bool;
import static io.driftwatch.genai.testing.AttributeValues.decimal;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A streamed answer (text/event-stream) still gives one span, read event by event. */
class StreamSpanPipelineTest {

  private static final String STREAMED_REQUEST = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[]}";

  private Pipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = Pipeline.withDefaults();
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange streamedChat() {
    return Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, Exchanges.TRACEPARENT,
        Exchanges.utf8(STREAMED_REQUEST));
  }

  @Test
  void streamedChatGivesResponseAttributesFromTheEvents() {
    Exchanges.respondStream(streamedChat(), "openai-chat/response-stream.sse");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(Boolean.TRUE, bool(span.getAttributes(), "gen_ai.request.stream"));
    assertEquals("chatcmpl-C1stream", string(span.getAttributes(), "gen_ai.response.id"));
    assertEquals("gpt-4o-mini-2024-07-18", string(span.getAttributes(), "gen_ai.response.model"));
    assertEquals(List.of("stop"), strings(span.getAttributes(), "gen_ai.response.finish_reasons"));
    assertTrue(absent(span.getAttributes(), "driftwatch.analysis.skipped"));
  }

  @Test
  void streamedChatReportsTimeToFirstChunk() {
    Exchanges.respondStream(streamedChat(), "openai-chat/response-stream.sse");

    Telemetry telemetry = pipeline.finish();
    Double firstChunk = decimal(telemetry.onlySpan().getAttributes(), "gen_ai.response.time_to_first_chunk");
    assertTrue(firstChunk != null && firstChunk >= 0, "time to first chunk " + firstChunk);
    assertEquals("s", telemetry.metric("gen_ai.client.operation.time_to_first_chunk").getUnit());
    assertEquals(1, telemetry.histogramPoints("gen_ai.client.operation.time_to_first_chunk").size());
  }

  @Test
  void streamWithoutUsageEventHasNoTokenCounts() {
    Exchanges.respondStream(streamedChat(), "openai-chat/response-stream.sse");

    Telemetry telemetry = pipeline.finish();
    assertTrue(absent(telemetry.onlySpan().getAttributes(), "gen_ai.usage.input_tokens"));
    assertEquals(List.of(), telemetry.histogramPoints("gen_ai.client.token.usage"));
  }

  @Test
  void nonStreamedCallReportsNoStreamingTimings() {
    Exchanges.respond(Exchanges.openAiChat("openai-chat/request-max-tokens.json"), 200, "openai-chat/response.json");

    Telemetry telemetry = pipeline.finish();
    assertTrue(absent(telemetry.onlySpan().getAttributes(), "gen_ai.response.time_to_first_chunk"));
    assertEquals(List.of(), telemetry.histogramPoints("gen_ai.client.operation.time_to_first_chunk"));
    assertEquals(List.of(), telemetry.histogramPoints("gen_ai.client.operation.time_per_output_chunk"));
  }
}
