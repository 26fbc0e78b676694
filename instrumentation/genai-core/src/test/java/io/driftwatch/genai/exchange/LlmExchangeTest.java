package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One call's record: written by the client adapter, handed to the sink exactly once. */
class LlmExchangeTest {

  private static final LlmEndpoint CHAT = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT);
  private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final byte[] REQUEST = "{\"model\":\"gpt-4o-mini\"}".getBytes(StandardCharsets.UTF_8);
  private static final HeaderLookup JSON = name -> "content-type".equalsIgnoreCase(name) ? "application/json" : null;

  private final List<LlmExchange> submitted = new ArrayList<>();

  private LlmExchange exchange(int maxBytes) {
    HeaderLookup requestHeaders = name -> "traceparent".equalsIgnoreCase(name) ? TRACEPARENT : null;
    return new LlmExchange(CHAT, new OutboundRequest("api.openai.com", 443, requestHeaders, REQUEST, REQUEST.length),
        maxBytes, submitted::add, RequestMetadata.NONE,
        new ProviderDetector(List.of(), true));
  }

  private static byte[] body(LlmExchange exchange) {
    return Arrays.copyOf(exchange.responseBody().bytes(), exchange.responseBody().size());
  }

  @Test
  void carriesTheOutboundRequestUnchanged() {
    LlmExchange exchange = exchange(1024);

    assertSame(CHAT, exchange.endpoint());
    assertEquals("api.openai.com", exchange.serverAddress());
    assertEquals(443, exchange.serverPort());
    assertEquals(TRACEPARENT, exchange.requestHeaders().traceparent());
    assertEquals(REQUEST.length, exchange.requestBodyLength());
    assertArrayEquals(REQUEST, exchange.requestBody());
  }

  @Test
  void responseHeadGivesStatusContentTypeAndABoundedCapture() {
    LlmExchange exchange = exchange(1024);

    exchange.onResponseHead(200, JSON, 12);
    exchange.onResponseBytes("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8), 0, 10);

    assertEquals(200, exchange.statusCode());
    assertEquals("application/json", exchange.responseHeaders().contentType());
    assertEquals("{\"id\":\"x\"}", new String(body(exchange), StandardCharsets.UTF_8));
  }

  @Test
  void requestBodyLengthIsTheDeclaredLengthWhenTheBodyWasNotCopied() {
    LlmExchange exchange = new LlmExchange(CHAT, new OutboundRequest("api.openai.com", 443, HeaderLookup.NONE, null, 4096),
        1024, submitted::add, RequestMetadata.NONE,
        new ProviderDetector(List.of(), true));

    assertNull(exchange.requestBody());
    assertEquals(4096, exchange.requestBodyLength());
    assertNull(exchange.requestHeaders().traceparent());
  }

  @Test
  void responseHeadKeepsOpenAiRateLimitAndRetryHeaders() {
    LlmExchange exchange = exchange(1024);
    Map<String, String> headers = Map.of("x-ratelimit-remaining-requests", "59", "x-ratelimit-remaining-tokens", "149000",
        "retry-after", "20");

    exchange.onResponseHead(429, headers::get, -1);

    assertEquals(new ResponseHeaders(null, null, "59", "149000", "20"), exchange.responseHeaders());
  }

  @Test
  void responseHeadKeepsAnthropicRateLimitHeaders() {
    LlmExchange exchange = exchange(1024);
    Map<String, String> headers = Map.of("content-type", "application/json",
        "anthropic-ratelimit-requests-remaining", "0", "anthropic-ratelimit-tokens-remaining", "12000");

    exchange.onResponseHead(200, headers::get, -1);

    assertEquals(new ResponseHeaders("application/json", null, "0", "12000", null), exchange.responseHeaders());
  }

  @Test
  void captureUsesTheExchangeBodyBound() {
    LlmExchange exchange = exchange(8);

    exchange.onResponseHead(200, JSON, -1);
    exchange.onResponseBytes(new byte[9], 0, 9);

    assertTrue(exchange.responseBody().overflowed());
    assertEquals(9, exchange.responseBody().totalBytes());
  }

  @Test
  void byteBufferBodiesAreCapturedWithoutMovingTheApplicationsPosition() {
    LlmExchange exchange = exchange(1024);
    ByteBuffer chunk = ByteBuffer.wrap("{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    exchange.onResponseHead(200, JSON, -1);
    exchange.onResponseBytes(chunk);

    assertEquals(0, chunk.position());
    assertEquals("{\"a\":1}", new String(body(exchange), StandardCharsets.UTF_8));
  }

  @Test
  void beforeAnyResponseThereIsNoStatusNoBodyAndNoFirstByte() {
    LlmExchange exchange = exchange(1024);

    assertEquals(-1, exchange.statusCode());
    assertNull(exchange.responseBody());
    assertNull(exchange.responseHeaders());
    assertEquals(-1, exchange.timeToFirstByteSeconds());
    assertFalse(exchange.isEnded());
  }
  @Test
  void bytesBeforeTheResponseHeadAreIgnored() {
    LlmExchange exchange = exchange(1024);

    assertDoesNotThrow(() -> exchange.onResponseBytes(new byte[] {'{'}, 0, 1));
    assertDoesNotThrow(() -> exchange.onResponseBytes(ByteBuffer.wrap(new byte[] {'{'})));
  }

  @Test
  void negativeLengthsFromEndOfStreamAreIgnored() {
    LlmExchange exchange = exchange(1024);
    exchange.onResponseHead(200, JSON, -1);
    exchange.onResponseBytes(new byte[] {'{', '}'}, 0, 2);

    exchange.onResponseBytes(new byte[8], 0, -1);

    assertEquals(2, exchange.responseBody().totalBytes());
  }

  @Test
  void bytesArrivingAfterTheEndAreNotCaptured() {
    LlmExchange exchange = exchange(1024);
    exchange.onResponseHead(200, JSON, -1);
    exchange.onResponseBytes(new byte[] {'{', '}'}, 0, 2);
    exchange.complete();

    exchange.onResponseBytes(new byte[] {'x'}, 0, 1);

    assertEquals(2, exchange.responseBody().totalBytes());
  }

  @Test
  void firstNonEmptyChunkSetsTheTimeToFirstByte() {
    LlmExchange exchange = exchange(1024);
    exchange.onResponseHead(200, JSON, -1);

    exchange.onResponseBytes(new byte[0], 0, 0);
    assertEquals(-1, exchange.timeToFirstByteSeconds(), "an empty chunk is not a first byte");
    exchange.onResponseBytes(ByteBuffer.wrap(new byte[] {'{'}));
    exchange.complete();

    assertTrue(exchange.timeToFirstByteSeconds() >= 0);
    assertTrue(exchange.timeToFirstByteSeconds() <= exchange.durationSeconds());
  }

  @Test
  void completeSubmitsTheExchangeOnceWithOutcomeCompleted() {
    LlmExchange exchange = exchange(1024);
    exchange.onResponseHead(200, JSON, -1);

    exchange.complete();

    assertEquals(List.of(exchange), submitted);
    assertTrue(exchange.isEnded());
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertNull(exchange.failure());
  }

  @Test
  void failKeepsTheErrorAndSubmitsWithOutcomeFailed() {
    LlmExchange exchange = exchange(1024);
    ConnectException refused = new ConnectException("Connection refused");

    exchange.fail(refused);

    assertEquals(List.of(exchange), submitted);
    assertEquals(ExchangeOutcome.FAILED, exchange.outcome());
    assertSame(refused, exchange.failure());
  }

  @Test
  void closeEarlySubmitsWithOutcomeClosedEarly() {
    LlmExchange exchange = exchange(1024);
    exchange.onResponseHead(200, JSON, 100);

    exchange.closeEarly();

    assertEquals(ExchangeOutcome.CLOSED_EARLY, exchange.outcome());
    assertEquals(1, submitted.size());
  }

  @Test
  void onlyTheFirstEndCountsAndTheSinkSeesTheExchangeOnce() {
    LlmExchange exchange = exchange(1024);

    exchange.complete();
    exchange.fail(new IOException("stream closed"));
    exchange.closeEarly();
    exchange.complete();

    assertEquals(1, submitted.size());
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertNull(exchange.failure());
  }

  @Test
  void timingsAreOrderedAndEndIsStartPlusDuration() throws InterruptedException {
    LlmExchange exchange = exchange(1024);
    Thread.sleep(5);

    exchange.complete();

    assertTrue(exchange.durationSeconds() >= 0.004, "measured " + exchange.durationSeconds());
    assertTrue(exchange.endEpochNanos() >= exchange.startEpochNanos());
    assertEquals(exchange.durationSeconds(), (exchange.endEpochNanos() - exchange.startEpochNanos()) / 1e9, 1e-9);
  }

  @Test
  void startTimeIsWallClockTime() {
    long before = System.currentTimeMillis();
    LlmExchange exchange = exchange(1024);
    long after = System.currentTimeMillis();

    long startMillis = exchange.startEpochNanos() / 1_000_000;
    assertTrue(startMillis >= before - 1 && startMillis <= after + 1, "start " + startMillis);
  }
}
