package io.driftwatch.genai.exchange;

/**
 * The few request headers the analysis needs, copied when the exchange starts. Credentials are
 * never among them.
 *
 * @param traceparent W3C trace context the application (or another agent) sent, or the official
 *     OpenTelemetry agent's current span
 * @param retryCount the SDK's retry counter ({@code x-stainless-retry-count}), raw
 * @param officialGenAiSpan the official agent's GenAI instrumentation (openai-java, AWS SDK Bedrock)
 *     already made this call's GenAI span, and with it the standard {@code gen_ai.client.*} metrics
 */
public record RequestHeaders(String traceparent, String retryCount, boolean officialGenAiSpan) {

  /** Read on the calling thread: with no traceparent header, the official agent's current span is the parent. */
  static RequestHeaders from(HeaderLookup headers) {
    String traceparent = headers.get("traceparent");
    return new RequestHeaders(traceparent != null ? traceparent : OfficialAgentContext.currentTraceparent(),
        headers.get("x-stainless-retry-count"), OfficialAgentContext.currentSpanIsGenAi());
  }
}
