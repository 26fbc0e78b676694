package io.driftwatch.genai.analysis.outcome;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.util.LruMap;
import java.util.Arrays;
import java.util.Map;

/**
 * Recognises retries: the SDK says so ({@code x-stainless-retry-count} above 0), or the same
 * request body to the same endpoint is sent again, within the window after an attempt of it that
 * did not succeed (rate limited, server error, timeout, connection error, …). Two identical
 * requests that both succeed are never a retry: identical prompts are common in real traffic.
 * Remembers a bounded number of recent requests. Runs on the analyzer thread only, which sees
 * calls in the order they finished, so a failed attempt is always seen before its retry.
 */
public final class RetryDetector {

  public static final String SDK_HEADER = "sdk_header";
  public static final String REPEATED_REQUEST = "repeated_request";
  static final int REMEMBERED_REQUESTS = 4096;

  private final long windowNanos;
  private final Map<RequestKey, Attempt> lastAttemptByRequest = new LruMap<>(REMEMBERED_REQUESTS);

  public RetryDetector(long windowMillis) {
    this.windowNanos = windowMillis * 1_000_000L;
  }

  /** The SDK's retry number, or 0. */
  public static int sdkRetryCount(LlmExchange exchange) {
    String raw = exchange.requestHeaders().retryCount();
    if (raw == null) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(raw.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * @param outcome this call's outcome, remembered so that a repeat of it can be judged
   * @return the retry source, or null when this call is not a retry
   */
  public String retrySource(LlmExchange exchange, Outcome outcome) {
    boolean repeatAfterFailure = rememberAndCheckRepeatAfterFailure(exchange, outcome);
    if (sdkRetryCount(exchange) > 0) {
      return SDK_HEADER;
    }
    return repeatAfterFailure ? REPEATED_REQUEST : null;
  }

  int rememberedRequests() {
    return lastAttemptByRequest.size();
  }

  private boolean rememberAndCheckRepeatAfterFailure(LlmExchange exchange, Outcome outcome) {
    byte[] body = exchange.requestBody();
    if (body == null) {
      return false;
    }
    RequestKey key = new RequestKey(exchange.serverAddress(), exchange.serverPort(), exchange.endpoint().format(),
        body.length, Arrays.hashCode(body));
    Attempt previous = lastAttemptByRequest.put(key,
        new Attempt(exchange.startEpochNanos(), exchange.endEpochNanos(), outcome));
    if (previous == null || previous.outcome() == Outcome.SUCCESS) {
      return false;
    }
    // Started after the failed attempt did (start times are wall clock; an end is start plus a
    // monotonic duration, so this tolerates a small clock step) and within the window after it ended.
    return exchange.startEpochNanos() >= previous.startEpochNanos()
        && exchange.startEpochNanos() - previous.endEpochNanos() <= windowNanos;
  }

  /** Same endpoint, same body (by length and hash): the identity of a request. */
  private record RequestKey(String serverAddress, int serverPort, ApiFormat format, int length, int hash) {}

  /** When the last attempt of a request ran, and how it ended. */
  private record Attempt(long startEpochNanos, long endEpochNanos, Outcome outcome) {}
}
