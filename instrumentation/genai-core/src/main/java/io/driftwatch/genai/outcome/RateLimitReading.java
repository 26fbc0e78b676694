package io.driftwatch.genai.outcome;

import io.driftwatch.genai.exchange.ResponseHeaders;

/** Quota headroom read from a response's rate-limit headers; null fields were absent or unreadable. */
public record RateLimitReading(Long remainingRequests, Long remainingTokens, Double retryAfterSeconds) {

  public static RateLimitReading of(ResponseHeaders headers) {
    if (headers == null) {
      return new RateLimitReading(null, null, null);
    }
    return new RateLimitReading(whole(headers.remainingRequests()), whole(headers.remainingTokens()),
        seconds(headers.retryAfter()));
  }

  private static Long whole(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** retry-after is seconds (possibly fractional); an HTTP date is ignored. */
  private static Double seconds(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return Double.parseDouble(raw.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
