package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.bool;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Gemini call, whole or streamed, becomes a generate_content span named after the model in its URL. */
class GeminiSpanPipelineTest {

  private static final String HOST = "generativelanguage.googleapis.com";

  private Pipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = Pipeline.withDefaults();
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange call(String method) {
    return Exchanges.start(HOST, 443, "/v1beta/models/gemini-2.0-flash:" + method, HeaderLookup.NONE,
        Exchanges.TRACEPARENT, Transcripts.bytes("gemini-generate-content/request.json"));
  }

  @Test
  void wholeAnswerGivesAGenerateContentSpanWithTheModelFromThePath() {
    Exchanges.respond(call("generateContent"), 200, "gemini-generate-content/response.json");

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals("generate_content gemini-2.0-flash", pipeline.telemetry.onlySpan().getName());
    assertEquals("gcp.gemini", string(span, "gen_ai.provider.name"));
    assertEquals("generate_content", string(span, "gen_ai.operation.name"));
    assertEquals("gemini-2.0-flash", string(span, "gen_ai.request.model"));
    assertEquals("gemini-2.0-flash", string(span, "gen_ai.response.model"));
    assertEquals(List.of("stop"), strings(span, "gen_ai.response.finish_reasons"));
    assertEquals(21L, whole(span, "gen_ai.usage.input_tokens"));
    assertEquals(8L, whole(span, "gen_ai.usage.output_tokens"));
    assertEquals(256L, whole(span, "gen_ai.request.max_tokens"));
  }

  @Test
  void streamedAnswerGivesTheSameAttributesPlusStreamTimings() {
    Exchanges.respondStream(call("streamGenerateContent"), "gemini-generate-content/response-stream.sse");

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals("gemini-2.0-flash", string(span, "gen_ai.request.model"));
    assertEquals(Boolean.TRUE, bool(span, "gen_ai.request.stream"));
    assertEquals(List.of("stop"), strings(span, "gen_ai.response.finish_reasons"));
    assertEquals(8L, whole(span, "gen_ai.usage.output_tokens"));
    assertEquals(3L, whole(span, "driftwatch.stream.chunks"));
    assertEquals("provider", string(span, "driftwatch.stream.usage"));
    assertTrue(span.get(io.opentelemetry.api.common.AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk")) >= 0);
  }

  @Test
  void maxTokensFinishIsCountedAsATruncation() {
    Exchanges.respond(call("generateContent"), 200, "gemini-generate-content/response-max-tokens.json");

    assertEquals(List.of("max_tokens"),
        strings(pipeline.finish().onlySpan().getAttributes(), "gen_ai.response.finish_reasons"));
    assertTrue(pipeline.telemetry.metric("driftwatch.llm.truncations") != null);
  }

  @Test
  void safetyBlockIsAProviderRefusal() {
    Exchanges.respond(call("generateContent"), 200, "gemini-generate-content/response-safety.json");

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals(Boolean.TRUE, bool(span, "driftwatch.refusal"));
    assertEquals("provider", string(span, "driftwatch.refusal.source"));
  }

  @Test
  void errorStatusIsTheProviderErrorType() {
    Exchanges.respond(call("generateContent"), 429, "gemini-generate-content/error-429.json");

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals("RESOURCE_EXHAUSTED", string(span, "driftwatch.provider.error_type"));
    assertEquals("gemini-2.0-flash", string(span, "gen_ai.request.model"));
  }

  private static byte[] answer(String text) {
    String quoted = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return Exchanges.utf8("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + quoted
        + "}],\"role\":\"model\"},\"finishReason\":\"STOP\",\"index\":0}],"
        + "\"usageMetadata\":{\"promptTokenCount\":30,\"candidatesTokenCount\":12},\"modelVersion\":\"gemini-2.0-flash\"}");
  }

  private static LlmExchange structuredCall() {
    return Exchanges.start(HOST, 443, "/v1beta/models/gemini-2.0-flash:generateContent", HeaderLookup.NONE,
        Exchanges.TRACEPARENT, Transcripts.bytes("gemini-generate-content/request-structured.json"));
  }

  @Test
  void jsonAnswerMatchingTheOpenApiResponseSchemaIsCompliant() {
    Exchanges.respond(structuredCall(), 200, answer("[{\"city\":\"Osaka\",\"population\":null}]"));

    assertEquals(Boolean.TRUE, bool(pipeline.finish().onlySpan().getAttributes(), "driftwatch.format.compliant"));
  }

  @Test
  void jsonAnswerBreakingTheOpenApiResponseSchemaIsASchemaViolation() {
    Exchanges.respond(structuredCall(), 200, answer("[{\"city\":5}]"));

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals(Boolean.FALSE, bool(span, "driftwatch.format.compliant"));
    assertEquals("schema_violation", string(span, "driftwatch.format.violation"));
    assertEquals("/0/city", string(span, "driftwatch.format.violation.path"));
  }
}
