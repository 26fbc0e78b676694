package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed calls: an HTTP error answer or a broken transport still gives exactly one span, marked ERROR. */
class ErrorSpanPipelineTest {

  private Pipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = Pipeline.withDefaults();
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange openAiChat() {
    return Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json");
  }

  private static LlmExchange anthropicMessage() {
    return Exchanges.start("api.anthropic.com", 443, "/v1/messages", HeaderLookup.NONE, Exchanges.TRACEPARENT,
        Transcripts.bytes("anthropic-messages/request.json"));
  }

  @Test
  void openAi429IsAnErrorTypedByItsStatusCodeWithTheProvidersCode() {
    Exchanges.respond(openAiChat(), 429, "errors/openai-429-rate-limit-exceeded.json");

    SpanData span = pipeline.finish().onlySpan();
    Attributes attributes = span.getAttributes();
    assertEquals("429", string(attributes, "error.type"));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("rate_limit_exceeded", string(attributes, "driftwatch.provider.error_type"));
    assertEquals(429L, whole(attributes, "http.response.status_code"));
    assertEquals("rate_limited", string(attributes, "driftwatch.outcome"));
  }

  @Test
  void errorSpanKeepsTheRequestSideAttributes() {
    Exchanges.respond(openAiChat(), 429, "errors/openai-429-rate-limit-exceeded.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals("gpt-4o-mini", string(span.getAttributes(), "gen_ai.request.model"));
    assertEquals(256L, whole(span.getAttributes(), "gen_ai.request.max_tokens"));
    assertTrue(absent(span.getAttributes(), "gen_ai.response.model"));
    assertTrue(absent(span.getAttributes(), "gen_ai.usage.input_tokens"));
  }

  @Test
  void errorStatusDescriptionIsTheProvidersErrorType() {
    Exchanges.respond(openAiChat(), 429, "errors/openai-429-insufficient-quota.json");

    assertEquals("insufficient_quota", pipeline.finish().onlySpan().getStatus().getDescription());
  }

  @Test
  void anthropic429GivesRateLimitError() {
    Exchanges.respond(anthropicMessage(), 429, "errors/anthropic-429-rate-limit.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("429", string(span.getAttributes(), "error.type"));
    assertEquals("rate_limit_error", string(span.getAttributes(), "driftwatch.provider.error_type"));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
  }

  @Test
  void anthropic401GivesAuthenticationError() {
    Exchanges.respond(anthropicMessage(), 401, "errors/anthropic-401-authentication.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("401", string(span.getAttributes(), "error.type"));
    assertEquals("authentication_error", string(span.getAttributes(), "driftwatch.provider.error_type"));
    assertEquals("auth_failure", string(span.getAttributes(), "driftwatch.outcome"));
  }

  @Test
  void openAi401GivesInvalidApiKey() {
    Exchanges.respond(openAiChat(), 401, "errors/openai-401-invalid-api-key.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("401", string(span.getAttributes(), "error.type"));
    assertEquals("invalid_api_key", string(span.getAttributes(), "driftwatch.provider.error_type"));
  }

  @Test
  void htmlErrorPageFromAGatewayIsAnErrorWithoutProviderType() {
    Exchanges.respond(openAiChat(), 502, Transcripts.bytes("errors/gateway-502.html"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("502", string(span.getAttributes(), "error.type"));
    assertEquals("server_error", string(span.getAttributes(), "driftwatch.outcome"));
    assertEquals("HTTP 502", span.getStatus().getDescription());
    assertEquals("not_json", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertTrue(absent(span.getAttributes(), "driftwatch.provider.error_type"));
  }

  @Test
  void connectionFailureIsTypedByTheExceptionClassName() {
    openAiChat().fail(new ConnectException("Connection refused"));

    SpanData span = pipeline.finish().onlySpan();
    Attributes attributes = span.getAttributes();
    assertEquals("java.net.ConnectException", string(attributes, "error.type"));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("Connection refused", span.getStatus().getDescription());
    assertEquals("failed", string(attributes, "driftwatch.response.outcome"));
    assertEquals("connection_error", string(attributes, "driftwatch.outcome"));
    assertTrue(absent(attributes, "http.response.status_code"), "no response arrived");
    assertTrue(absent(attributes, "driftwatch.analysis.skipped"), "there was nothing to analyse");
  }
  @Test
  void transportFailureWithoutMessageIsDescribedByItsExceptionClass() {
    openAiChat().fail(new ConnectException());

    assertEquals("java.net.ConnectException", pipeline.finish().onlySpan().getStatus().getDescription());
  }

  @Test
  void timeoutIsTypedByItsExceptionClassName() {
    openAiChat().fail(new HttpTimeoutException("request timed out"));

    Attributes attributes = pipeline.finish().onlySpan().getAttributes();
    assertEquals("java.net.http.HttpTimeoutException", string(attributes, "error.type"));
    assertEquals("timeout", string(attributes, "driftwatch.outcome"));
  }

  @Test
  void bodyBrokenOffMidwayIsAFailureWithTheStatusKept() {
    LlmExchange exchange = openAiChat();
    byte[] body = Transcripts.bytes("openai-chat/response.json");
    exchange.onResponseHead(200, Exchanges.JSON_CONTENT, body.length);
    exchange.onResponseBytes(body, 0, body.length / 3);
    exchange.fail(new IOException("connection reset"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("java.io.IOException", string(span.getAttributes(), "error.type"));
    assertEquals(200L, whole(span.getAttributes(), "http.response.status_code"));
    assertEquals("failed", string(span.getAttributes(), "driftwatch.response.outcome"));
    assertTrue(absent(span.getAttributes(), "gen_ai.usage.input_tokens"));
  }

  @Test
  void applicationClosingTheBodyEarlyIsNotAnError() {
    LlmExchange exchange = openAiChat();
    byte[] body = Transcripts.bytes("openai-chat/response.json");
    exchange.onResponseHead(200, Exchanges.JSON_CONTENT, body.length);
    exchange.onResponseBytes(body, 0, 10);
    exchange.closeEarly();

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("closed_early", string(span.getAttributes(), "driftwatch.response.outcome"));
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertTrue(absent(span.getAttributes(), "error.type"));
  }

  @Test
  void endingACallTwiceStillGivesOneSpan() {
    LlmExchange exchange = openAiChat();
    Exchanges.respond(exchange, 200, "openai-chat/response.json");
    exchange.fail(new IOException("late close"));
    exchange.closeEarly();

    SpanData span = pipeline.finish().onlySpan();
    assertTrue(absent(span.getAttributes(), "error.type"));
  }
}
