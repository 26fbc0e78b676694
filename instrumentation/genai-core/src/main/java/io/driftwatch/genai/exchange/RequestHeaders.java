package io.driftwatch.genai.exchange;

/**
 * The few request headers the analysis needs, copied when the exchange starts. Credentials are
 * never among them.
 *
 * @param traceparent W3C trace context the application (or another agent) sent
 * @param retryCount the SDK's retry counter ({@code x-stainless-retry-count}), raw
 */
public record RequestHeaders(String traceparent, String retryCount) {

  static RequestHeaders from(HeaderLookup headers) {
    return new RequestHeaders(headers.get("traceparent"), headers.get("x-stainless-retry-count"));
  }
}
