package io.driftwatch.genai.analysis.outcome;

import io.driftwatch.genai.exchange.ResponseHeaders;
import io.driftwatch.genai.util.DropCounter;

/**
 * Quota headroom read from a response's rate-limit headers; null fields were absent or unreadable.
 * A header is believed only when it is a plausible number: a negative, non-finite or absurdly large
 * value ({@code Infinity}, {@code -1e308}, {@code Long.MIN_VALUE}) is dropped and counted as
 * {@value #INVALID_NUMBER}, never exported as a gauge.
 */
public record RateLimitReading(Long remainingRequests, Long remainingTokens, Double retryAfterSeconds) {

  public static final String INVALID_NUMBER = "invalid_number";
  /** More than any provider's quota: 10^12 requests or tokens left. */
  static final long MAX_REMAINING = 1_000_000_000_000L;
  /** A week: no provider asks a client to wait longer. */
  static final double MAX_RETRY_AFTER_SECONDS = 7 * 24 * 3600;

  public static RateLimitReading of(ResponseHeaders headers) {
    return of(headers, DropCounter.IGNORE);
  }

  public static RateLimitReading of(ResponseHeaders headers, DropCounter drops) {
    if (headers == null) {
      return new RateLimitReading(null, null, null);
    }
    return new RateLimitReading(whole(headers.remainingRequests(), drops), whole(headers.remainingTokens(), drops),
        seconds(headers.retryAfter(), drops));
  }

  private static Long whole(String raw, DropCounter drops) {
    if (raw == null) {
      return null;
    }
    long value;
    try {
      value = Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    if (value < 0 || value > MAX_REMAINING) {
      drops.count(INVALID_NUMBER, "a rate-limit header was negative or implausibly large; it was dropped");
      return null;
    }
    return value;
  }

  /** retry-after is seconds (possibly fractional); an HTTP date is ignored. */
  private static Double seconds(String raw, DropCounter drops) {
    if (raw == null) {
      return null;
    }
    double value;
    try {
      value = Double.parseDouble(raw.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    if (!Double.isFinite(value) || value < 0 || value > MAX_RETRY_AFTER_SECONDS) {
      drops.count(INVALID_NUMBER, "a retry-after header was negative, not finite or longer than a week; it was dropped");
      return null;
    }
    return value;
  }
}
