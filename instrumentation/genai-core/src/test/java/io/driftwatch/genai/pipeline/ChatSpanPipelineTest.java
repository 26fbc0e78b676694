package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.bool;
import static io.driftwatch.genai.testing.AttributeValues.decimal;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given a successful OpenAI chat completion seen by a client adapter, this one span. */
class ChatSpanPipelineTest {

  private Pipeline pipeline;
  private LlmExchange exchange;

  @BeforeEach
  void oneSuccessfulChatCompletion() {
    pipeline = Pipeline.withDefaults();
    exchange = Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json");
    Exchanges.respond(exchange, 200, "openai-chat/response.json");
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  private SpanData span() {
    return pipeline.finish().onlySpan();
  }

  @Test
  void spanIsNamedOperationThenRequestModelAndIsAClientSpan() {
    SpanData span = span();

    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
  }

  @Test
  void spanJoinsTheTraceOfTheRequestsTraceparent() {
    SpanData span = span();

    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", span.getTraceId());
    assertEquals("00f067aa0ba902b7", span.getParentSpanId());
    assertTrue(span.getParentSpanContext().isRemote());
  }

  @Test
  void spanCoversTheCallsOwnStartAndEnd() {
    SpanData span = span();

    assertEquals(exchange.startEpochNanos(), span.getStartEpochNanos());
    assertEquals(exchange.endEpochNanos(), span.getEndEpochNanos());
  }

  @Test
  void requiredAndLegacyProviderAttributesAreSet() {
    Attributes attributes = span().getAttributes();

    assertEquals("chat", string(attributes, "gen_ai.operation.name"));
    assertEquals("openai", string(attributes, "gen_ai.provider.name"));
    assertEquals("openai", string(attributes, "gen_ai.system"), "legacy name is on by default");
  }

  @Test
  void requestAttributesComeFromTheRequestBody() {
    Attributes attributes = span().getAttributes();

    assertEquals("gpt-4o-mini", string(attributes, "gen_ai.request.model"));
    assertEquals(256L, whole(attributes, "gen_ai.request.max_tokens"));
    assertEquals(0.2, decimal(attributes, "gen_ai.request.temperature"));
    assertEquals(0.9, decimal(attributes, "gen_ai.request.top_p"));
    assertEquals(0.5, decimal(attributes, "gen_ai.request.frequency_penalty"));
    assertEquals(0.25, decimal(attributes, "gen_ai.request.presence_penalty"));
    assertEquals(List.of("\n\n", "END"), strings(attributes, "gen_ai.request.stop_sequences"));
    assertEquals(42L, whole(attributes, "gen_ai.request.seed"));
    assertEquals(2L, whole(attributes, "gen_ai.request.choice.count"));
    assertEquals(Boolean.FALSE, bool(attributes, "gen_ai.request.stream"));
    assertEquals("json", string(attributes, "gen_ai.output.type"));
    assertTrue(absent(attributes, "gen_ai.request.top_k"));
  }

  @Test
  void responseAttributesComeFromTheResponseBody() {
    Attributes attributes = span().getAttributes();

    assertEquals("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", string(attributes, "gen_ai.response.id"));
    assertEquals("gpt-4o-mini-2024-07-18", string(attributes, "gen_ai.response.model"));
    assertEquals(List.of("stop", "length"), strings(attributes, "gen_ai.response.finish_reasons"));
    assertEquals(1117L, whole(attributes, "gen_ai.usage.input_tokens"));
    assertEquals(46L, whole(attributes, "gen_ai.usage.output_tokens"));
    assertEquals(1024L, whole(attributes, "gen_ai.usage.cache_read.input_tokens"));
    assertEquals(0L, whole(attributes, "gen_ai.usage.reasoning.output_tokens"));
    assertTrue(absent(attributes, "gen_ai.usage.cache_creation.input_tokens"));
  }

  @Test
  void transportAttributesNameTheServerAndStatus() {
    Attributes attributes = span().getAttributes();

    assertEquals("api.openai.com", string(attributes, "server.address"));
    assertEquals(443L, whole(attributes, "server.port"));
    assertEquals(200L, whole(attributes, "http.response.status_code"));
  }

  @Test
  void successfulCallHasNoErrorAndWasFullyAnalysed() {
    SpanData span = span();

    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertTrue(absent(span.getAttributes(), "error.type"));
    assertTrue(absent(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertTrue(absent(span.getAttributes(), "driftwatch.provider.error_type"));
    assertEquals("completed", string(span.getAttributes(), "driftwatch.response.outcome"));
    assertEquals(List.of(), pipeline.drops);
  }

  @Test
  void everyAttributeIsAConventionNameOrInTheProductNamespace() {
    span().getAttributes().forEach((key, value) -> {
      String name = key.getKey();
      assertTrue(CONVENTION_NAMES.contains(name) || name.startsWith("driftwatch."), name);
    });
  }

  private static final Set<String> CONVENTION_NAMES = Set.of("gen_ai.operation.name", "gen_ai.provider.name",
      "gen_ai.system", "openai.response.system_fingerprint", "openai.response.service_tier", "gen_ai.request.model", "gen_ai.request.max_tokens", "gen_ai.request.temperature",
      "gen_ai.request.top_p", "gen_ai.request.top_k", "gen_ai.request.frequency_penalty",
      "gen_ai.request.presence_penalty", "gen_ai.request.stop_sequences", "gen_ai.request.seed",
      "gen_ai.request.choice.count", "gen_ai.request.stream", "gen_ai.output.type", "gen_ai.response.id",
      "gen_ai.response.model", "gen_ai.response.finish_reasons", "gen_ai.usage.input_tokens",
      "gen_ai.usage.output_tokens", "gen_ai.usage.cache_read.input_tokens",
      "gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.reasoning.output_tokens", "server.address",
      "gen_ai.response.time_to_first_chunk", "server.port", "http.response.status_code", "error.type");
}
