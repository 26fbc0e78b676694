package io.driftwatch.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.driftwatch.genai.exchange.ExchangeOutcome;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.samples.standin.CannedResponse;
import io.driftwatch.samples.standin.ProviderStandIn;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every HTTP client instrumentation must show, in process, against the provider stand-in on
 * 127.0.0.1: the application reads exactly the bytes the provider sent, each LLM call ends as one
 * exchange with the status, bytes and outcome the application saw, and any other call produces
 * nothing. A client module's subclass says only how its client makes the calls.
 */
public abstract class ClientConformance {

  /** Installed before the subclass loads its client, so the advice is in place from the start. */
  protected static final RecordingSink SINK = InProcessAgent.install();
  private static ProviderStandIn provider;

  /** POSTs JSON with a JSON content type and reads the answer's body whole, the client's usual way. */
  protected abstract ClientAnswer postReadingWhole(String url, String json) throws Exception;

  /** POSTs JSON and reads the answer as it arrives (a stream, chunk by chunk), as an SSE client does. */
  protected abstract ClientAnswer postReadingStream(String url, String json) throws Exception;

  /**
   * POSTs JSON the way the client streams an upload it cannot repeat (no declared length, written
   * in pieces as the application produces them), reading the answer whole; null when the client
   * has no such way.
   */
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    return null;
  }

  /** The name the module's instrumentation is installed under. */
  protected abstract String instrumentationName();

  /** Whether the client lets the instrumentation copy a JSON request body; every client here does. */
  protected boolean capturesRequestBody() {
    return true;
  }

  @BeforeAll
  static void startProvider() {
    provider = ProviderStandIn.start();
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @BeforeEach
  void routeExchangesToSink() {
    InProcessAgent.routeExchangesToSink();
  }

  @AfterEach
  void nothingLeftOver() {
    try {
      assertAll(() -> assertEquals(List.of(), SINK.failures(), "failures the instrumentation swallowed"),
          () -> assertEquals(List.of(), SINK.pending(), "exchanges no test call explains"));
    } finally {
      SINK.clear();
      provider.reset();
    }
  }

  private String url(String path) {
    return provider.baseUrl() + path;
  }

  private String chatUrl() {
    return url("/v1/chat/completions");
  }

  @Test
  void instrumentationIsInstalled() {
    assertTrue(InProcessAgent.installed().contains(instrumentationName()), "installed: " + InProcessAgent.installed());
  }

  @Test
  void wholeChatCallIsOneCompletedExchangeAndTheApplicationReadsTheExactBytes() throws Exception {
    byte[] answer = ChatTranscripts.answer();
    provider.enqueue(CannedResponse.of(200, "application/json", answer, Map.of()));
    String request = ChatTranscripts.request(false);

    ClientAnswer read = postReadingWhole(chatUrl(), request);

    assertEquals(200, read.status());
    assertArrayEquals(answer, read.body());
    LlmExchange exchange = SINK.awaitNext();
    assertCall(exchange, 200, answer);
    assertEquals("openai", exchange.endpoint().providerName());
    if (capturesRequestBody()) {
      assertArrayEquals(request.getBytes(StandardCharsets.UTF_8), exchange.requestBody());
    }
  }

  @Test
  void streamedChatCallIsOneCompletedExchangeThatSawEveryByte() throws Exception {
    byte[] sse = ChatTranscripts.stream();
    provider.enqueue(CannedResponse.of(200, "text/event-stream", sse, Map.of()).withChunkedBody(40, 0));

    ClientAnswer read = postReadingStream(chatUrl(), ChatTranscripts.request(true));

    assertEquals(200, read.status());
    assertEquals(new String(sse, StandardCharsets.UTF_8), new String(read.body(), StandardCharsets.UTF_8));
    LlmExchange exchange = SINK.awaitNext();
    assertEquals(200, exchange.statusCode());
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertEquals(sse.length, exchange.responseBody().totalBytes());
    assertNotNull(exchange.stream(), "an event stream is watched as a stream");
  }

  @Test
  void streamedRequestBodyIsCopiedAsWrittenAndReachesTheProviderUnchanged() throws Exception {
    provider.enqueue(CannedResponse.of(200, "application/json", ChatTranscripts.answer(), Map.of()));
    byte[] request = ChatTranscripts.request(false).getBytes(StandardCharsets.UTF_8);

    ClientAnswer read = postStreamingBody(chatUrl(), request);
    assumeTrue(read != null, "this client has no streamed upload");

    assertEquals(200, read.status());
    assertArrayEquals(request, provider.requests().get(0).body(), "the provider got the very bytes written");
    LlmExchange exchange = SINK.awaitNext();
    assertCall(exchange, 200, ChatTranscripts.answer());
    assertArrayEquals(request, exchange.requestBody());
    assertEquals(request.length, exchange.requestBodyLength());
  }

  @Test
  void streamedRequestBodyOverTheBoundIsCountedNotCopied() throws Exception {
    provider.enqueue(CannedResponse.of(200, "application/json", ChatTranscripts.answer(), Map.of()));
    byte[] request = ChatTranscripts.requestOfSize(InProcessAgent.MAX_CAPTURED_BODY_BYTES + 1000);

    ClientAnswer read = postStreamingBody(chatUrl(), request);
    assumeTrue(read != null, "this client has no streamed upload");

    assertEquals(200, read.status());
    assertArrayEquals(request, provider.requests().get(0).body());
    LlmExchange exchange = SINK.awaitNext();
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertNull(exchange.requestBody());
    assertEquals(request.length, exchange.requestBodyLength());
  }

  @Test
  void errorAnswerIsOneExchangeWithItsStatusAndBody() throws Exception {
    // 400, not 429 or 503: some clients (HttpClient 5) retry those on their own.
    byte[] error = ChatTranscripts.invalidRequest();
    provider.enqueue(CannedResponse.of(400, "application/json", error, Map.of()));

    ClientAnswer read = postReadingWhole(chatUrl(), ChatTranscripts.request(false));

    assertEquals(400, read.status());
    assertArrayEquals(error, read.body());
    assertCall(SINK.awaitNext(), 400, error);
  }

  @Test
  void otherCallsProduceNothingAndTheApplicationGetsItsBytesUnchanged() throws Exception {
    byte[] orders = "{\"orders\":[{\"id\":1,\"item\":\"tea\"}]}".getBytes(StandardCharsets.UTF_8);
    provider.enqueue(CannedResponse.of(200, "application/json", orders, Map.of()));

    ClientAnswer read = postReadingWhole(url("/api/orders"), "{\"item\":\"tea\"}");

    assertEquals(200, read.status());
    assertArrayEquals(orders, read.body());
    // An LLM call after it: the first exchange to end must be that one, so the other made none.
    provider.enqueue(CannedResponse.of(200, "application/json", ChatTranscripts.answer(), Map.of()));
    postReadingWhole(chatUrl(), ChatTranscripts.request(false));
    LlmExchange exchange = SINK.awaitNext();
    assertEquals("/v1/chat/completions", provider.requests().get(1).path());
    assertCall(exchange, 200, ChatTranscripts.answer());
  }

  private void assertCall(LlmExchange exchange, int status, byte[] body) {
    assertEquals(status, exchange.statusCode());
    assertEquals(ExchangeOutcome.COMPLETED, exchange.outcome());
    assertEquals("127.0.0.1", exchange.serverAddress());
    assertEquals(provider.port(), exchange.serverPort());
    assertEquals(body.length, exchange.responseBody().totalBytes());
    assertArrayEquals(body, Arrays.copyOf(exchange.responseBody().bytes(), exchange.responseBody().size()));
  }
}
