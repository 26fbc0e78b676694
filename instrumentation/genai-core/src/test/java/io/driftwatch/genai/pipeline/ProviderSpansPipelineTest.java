package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each provider, format and parent situation gives the span the conventions describe. */
class ProviderSpansPipelineTest {

  private Pipeline pipeline;

  @AfterEach
  void close() {
    pipeline.close();
  }

  private SpanData call(String host, int port, String path, HeaderLookup headers, String request, String response) {
    LlmExchange exchange = Exchanges.start(host, port, path, headers, Exchanges.TRACEPARENT, Transcripts.bytes(request));
    Exchanges.respond(exchange, 200, response);
    return pipeline.finish().onlySpan();
  }

  @Test
  void anthropicMessageCountsCachedTokensAsInput() {
    pipeline = Pipeline.withDefaults();

    SpanData span = call("api.anthropic.com", 443, "/v1/messages", HeaderLookup.NONE,
        "anthropic-messages/request.json", "anthropic-messages/response-cache-creation.json");

    Attributes attributes = span.getAttributes();
    assertEquals("chat claude-sonnet-4-20250514", span.getName());
    assertEquals("anthropic", string(attributes, "gen_ai.provider.name"));
    assertEquals(21L + 2048L, whole(attributes, "gen_ai.usage.input_tokens"));
    assertEquals(2048L, whole(attributes, "gen_ai.usage.cache_creation.input_tokens"));
    assertEquals(0L, whole(attributes, "gen_ai.usage.cache_read.input_tokens"));
    assertEquals(40L, whole(attributes, "gen_ai.request.top_k"));
    assertEquals(List.of("max_tokens"), strings(attributes, "gen_ai.response.finish_reasons"));
  }

  @Test
  void embeddingsCallIsAnEmbeddingsSpan() {
    pipeline = Pipeline.withDefaults();

    SpanData span = call("api.openai.com", 443, "/v1/embeddings", HeaderLookup.NONE,
        "openai-embeddings/request.json", "openai-embeddings/response.json");

    assertEquals("embeddings text-embedding-3-small", span.getName());
    assertEquals("embeddings", string(span.getAttributes(), "gen_ai.operation.name"));
    assertEquals(17L, whole(span.getAttributes(), "gen_ai.usage.input_tokens"));
    assertTrue(absent(span.getAttributes(), "gen_ai.usage.output_tokens"));
  }

  @Test
  void responsesApiCallOnALocalServerIsDetectedByPath() {
    pipeline = Pipeline.withDefaults();

    SpanData span = call("127.0.0.1", 8080, "/v1/responses", HeaderLookup.NONE,
        "openai-responses/request-small-budget.json", "openai-responses/response-incomplete-max-output-tokens.json");

    assertEquals("chat o4-mini", span.getName());
    assertEquals("127.0.0.1", string(span.getAttributes(), "server.address"));
    assertEquals(8080L, whole(span.getAttributes(), "server.port"));
    assertEquals(List.of("length"), strings(span.getAttributes(), "gen_ai.response.finish_reasons"));
    assertEquals(64L, whole(span.getAttributes(), "gen_ai.usage.reasoning.output_tokens"));
  }

  @Test
  void configuredEndpointRuleNamesTheProvider() {
    pipeline = Pipeline.with(Map.of(GenAiSettings.ENDPOINTS, "vllm=gpu-box:8000/v1"));

    SpanData span = call("gpu-box", 8000, "/v1/chat/completions", HeaderLookup.NONE,
        "openai-chat/request-max-tokens.json", "openai-chat/response.json");

    assertEquals("vllm", string(span.getAttributes(), "gen_ai.provider.name"));
    assertEquals("gpu-box", string(span.getAttributes(), "server.address"));
  }

  @Test
  void optingIntoLatestConventionsDropsTheLegacySystemAttribute() {
    pipeline = Pipeline.with(Map.of(GenAiSettings.SEMCONV_OPT_IN, "gen_ai_latest_experimental"));

    SpanData span = call("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE,
        "openai-chat/request-max-tokens.json", "openai-chat/response.json");

    assertEquals("openai", string(span.getAttributes(), "gen_ai.provider.name"));
    assertTrue(absent(span.getAttributes(), "gen_ai.system"));
  }

  @Test
  void requestWithoutTraceparentStartsANewTrace() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, null,
        Transcripts.bytes("openai-chat/request-max-tokens.json"));

    Exchanges.respond(exchange, 200, "openai-chat/response.json");

    assertFalse(pipeline.finish().onlySpan().getParentSpanContext().isValid());
  }

  @Test
  void unsampledTraceparentGivesNoSpanButStillMetrics() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE,
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", Transcripts.bytes("openai-chat/request-max-tokens.json"));

    Exchanges.respond(exchange, 200, "openai-chat/response.json");

    assertEquals(List.of(), pipeline.finish().spans());
    assertEquals(1, pipeline.telemetry.histogramPoints("gen_ai.client.operation.duration").size());
  }

  @Test
  void unreadableRequestBodyGivesASpanNamedByOperationOnly() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE,
        Exchanges.TRACEPARENT, null);

    Exchanges.respond(exchange, 200, "openai-chat/response.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("chat", span.getName());
    assertTrue(absent(span.getAttributes(), "gen_ai.request.model"));
    assertEquals("gpt-4o-mini-2024-07-18", string(span.getAttributes(), "gen_ai.response.model"));
  }

  @Test
  void nonJsonRequestBodyIsCountedAndTheResponseIsStillRead() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = Exchanges.start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE,
        Exchanges.TRACEPARENT, Exchanges.utf8("model=gpt-4o-mini&messages=..."));

    Exchanges.respond(exchange, 200, "openai-chat/response.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals(1117L, whole(span.getAttributes(), "gen_ai.usage.input_tokens"));
    assertTrue(absent(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertEquals(List.of("not_json"), pipeline.drops);
  }
}
