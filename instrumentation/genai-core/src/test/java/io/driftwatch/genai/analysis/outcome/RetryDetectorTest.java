package io.driftwatch.genai.analysis.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.testing.Exchanges;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retry is what the SDK's header says, or a repeat after a failed attempt; never two healthy identical calls. */
class RetryDetectorTest {

  private static final String PROMPT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
  private static final String OK = "{\"id\":\"x\",\"choices\":[]}";

  private final RetryDetector detector = new RetryDetector(10_000);

  @BeforeEach
  void install() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 1 << 20, exchange -> {}, null, null);
  }

  private static LlmExchange start(String host, HeaderLookup headers, String body) {
    return Exchanges.start(host, 443, "/v1/chat/completions", headers, null, Exchanges.utf8(body));
  }

  private static LlmExchange answered(int status, String body) {
    LlmExchange exchange = start("api.openai.com", HeaderLookup.NONE, body);
    Exchanges.respond(exchange, status, Exchanges.utf8(status < 400 ? OK : "{\"error\":{}}"));
    return exchange;
  }

  private static LlmExchange failed(Throwable failure) {
    LlmExchange exchange = start("api.openai.com", HeaderLookup.NONE, PROMPT);
    exchange.fail(failure);
    return exchange;
  }

  /** What the analyzer does: classify the finished call, then ask the detector. */
  private String retrySource(LlmExchange exchange) {
    return detector.retrySource(exchange, OutcomeClassifier.classify(exchange, false));
  }

  @Test
  void identicalHealthyCallsAreNeverRetries() {
    for (int i = 0; i < 5; i++) {
      assertNull(retrySource(answered(200, PROMPT)), "healthy identical call " + i);
    }
  }

  @Test
  void repeatAfterARateLimitIsARetry() {
    assertNull(retrySource(answered(429, PROMPT)));
    assertEquals(RetryDetector.REPEATED_REQUEST, retrySource(answered(200, PROMPT)));
  }

  @Test
  void repeatAfterAServerErrorIsARetry() {
    assertNull(retrySource(answered(500, PROMPT)));
    assertEquals(RetryDetector.REPEATED_REQUEST, retrySource(answered(503, PROMPT)), "a failed retry is a retry too");
    assertEquals(RetryDetector.REPEATED_REQUEST, retrySource(answered(200, PROMPT)));
  }

  @Test
  void repeatAfterATimeoutIsARetry() {
    assertNull(retrySource(failed(new SocketTimeoutException("Read timed out"))));
    assertEquals(RetryDetector.REPEATED_REQUEST, retrySource(answered(200, PROMPT)));
  }

  @Test
  void repeatAfterAConnectionErrorIsARetry() {
    assertNull(retrySource(failed(new ConnectException("Connection refused"))));
    assertEquals(RetryDetector.REPEATED_REQUEST, retrySource(answered(200, PROMPT)));
  }

  @Test
  void aHealthyRepeatAfterTheSuccessfulRetryIsNotARetry() {
    retrySource(answered(429, PROMPT));
    assertEquals(RetryDetector.REPEATED_REQUEST, retrySource(answered(200, PROMPT)));
    assertNull(retrySource(answered(200, PROMPT)), "the last attempt succeeded");
  }

  @Test
  void aDifferentBodyOrEndpointAfterAFailureIsNotARetry() {
    retrySource(answered(429, PROMPT));
    assertNull(retrySource(answered(200, PROMPT.replace("hi", "ho"))));
    LlmExchange otherHost = start("example.openai.azure.com", HeaderLookup.NONE, PROMPT);
    Exchanges.respond(otherHost, 200, Exchanges.utf8(OK));
    assertNull(retrySource(otherHost));
  }

  @Test
  void aRepeatOutsideTheWindowIsNotARetry() {
    RetryDetector noWindow = new RetryDetector(-1); // any repeat starts later than the window allows
    LlmExchange limited = answered(429, PROMPT);
    noWindow.retrySource(limited, OutcomeClassifier.classify(limited, false));
    LlmExchange repeat = answered(200, PROMPT);
    assertNull(noWindow.retrySource(repeat, Outcome.SUCCESS));
  }

  @Test
  void theSdkRetryHeaderMakesARetryEvenWithoutASeenFailure() {
    LlmExchange retried = start("api.openai.com", Exchanges.header("x-stainless-retry-count", "1"), PROMPT);
    Exchanges.respond(retried, 200, Exchanges.utf8(OK));
    assertEquals(RetryDetector.SDK_HEADER, retrySource(retried));
    assertEquals(1, RetryDetector.sdkRetryCount(retried));

    LlmExchange firstAttempt = start("api.openai.com", Exchanges.header("x-stainless-retry-count", "0"), PROMPT);
    Exchanges.respond(firstAttempt, 200, Exchanges.utf8(OK));
    assertNull(retrySource(firstAttempt));
  }

  @Test
  void theSdkHeaderWinsOverTheRepeatAfterFailure() {
    retrySource(answered(429, PROMPT));
    LlmExchange retried = start("api.openai.com", Exchanges.header("x-stainless-retry-count", "1"), PROMPT);
    Exchanges.respond(retried, 200, Exchanges.utf8(OK));
    assertEquals(RetryDetector.SDK_HEADER, retrySource(retried));
  }

  @Test
  void theMemoryOfRequestsIsBounded() {
    for (int i = 0; i < RetryDetector.REMEMBERED_REQUESTS + 100; i++) {
      retrySource(answered(500, PROMPT.replace("hi", "question " + i)));
    }
    assertEquals(RetryDetector.REMEMBERED_REQUESTS, detector.rememberedRequests());
    assertNull(retrySource(answered(200, PROMPT.replace("hi", "question 0"))), "the oldest failure was forgotten");
    assertTrue(detector.rememberedRequests() <= RetryDetector.REMEMBERED_REQUESTS);
  }
}
