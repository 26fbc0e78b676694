package io.driftwatch.genai.exchange;

/**
 * The few response headers the analysis needs, copied on the application thread as raw strings
 * (parsed later, off that thread). Values are null when absent.
 */
public record ResponseHeaders(String contentType, String contentEncoding, String remainingRequests, String remainingTokens,
    String retryAfter) {

  static ResponseHeaders from(HeaderLookup headers) {
    return new ResponseHeaders(
        headers.get("content-type"),
        headers.get("content-encoding"),
        firstOf(headers, "x-ratelimit-remaining-requests", "anthropic-ratelimit-requests-remaining"),
        firstOf(headers, "x-ratelimit-remaining-tokens", "anthropic-ratelimit-tokens-remaining"),
        headers.get("retry-after"));
  }

  private static String firstOf(HeaderLookup headers, String first, String second) {
    String value = headers.get(first);
    return value != null ? value : headers.get(second);
  }
}
