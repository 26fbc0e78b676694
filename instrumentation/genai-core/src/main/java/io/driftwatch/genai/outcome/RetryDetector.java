package io.driftwatch.genai.outcome;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.util.LruMap;
import java.util.Arrays;
import java.util.Map;

/**
 * Recognises retries: the SDK says so ({@code x-stainless-retry-count} above 0), or the same
 * request body to the same endpoint was sent moments ago. Runs on the analyzer thread only.
 */
public final class RetryDetector {

  public static final String SDK_HEADER = "sdk_header";
  public static final String REPEATED_REQUEST = "repeated_request";
  private static final int REMEMBERED_REQUESTS = 4096;

  private final long windowNanos;
  private final Map<Long, Long> lastSeenByRequest = new LruMap<>(REMEMBERED_REQUESTS);

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

  /** @return the retry source, or null when this call is not a retry */
  public String retrySource(LlmExchange exchange) {
    boolean repeated = rememberAndCheckRepeat(exchange);
    if (sdkRetryCount(exchange) > 0) {
      return SDK_HEADER;
    }
    return repeated ? REPEATED_REQUEST : null;
  }

  private boolean rememberAndCheckRepeat(LlmExchange exchange) {
    byte[] body = exchange.requestBody();
    if (body == null) {
      return false;
    }
    long key = ((long) Arrays.hashCode(body) << 32) ^ (exchange.serverAddress().hashCode() * 31L + body.length);
    Long previous = lastSeenByRequest.put(key, exchange.startEpochNanos());
    return previous != null && exchange.startEpochNanos() - previous <= windowNanos;
  }
}
