package io.driftwatch.genai.analysis.report;

import java.util.List;

/**
 * Everything the emitters may know about one finished call, as plain values grouped by topic.
 * {@code CallAnalyzer} builds it once; nothing changes it afterwards, so spans, metrics and late
 * quality scores all read the same facts and none of them reaches back into the transport or the
 * parsers. Null fields were not said (by the request, the provider or the analysis).
 *
 * @param costUsd null when the model is unpriced or the call reported no usage
 * @param content captured prompt and completion, only when content capture is switched on
 * @param embeddings what an embeddings call embedded; null for every other operation
 */
public record CallReport(Target target, Request request, Response response, Usage usage, Timings timings,
    Result result, Behavior behavior, RunbookFacts runbook, Double costUsd, CapturedContent content,
    Embeddings embeddings) {

  /**
   * Who answered the call.
   *
   * @param serverPort 0 or less when unknown
   * @param traceparent the W3C trace context the application's request carried, or null
   */
  public record Target(String providerName, String operationName, String serverAddress, int serverPort,
      String traceparent, boolean officialGenAiSpan) {}

  /**
   * What the request asked for.
   *
   * @param bodyBytes the request body's size, or -1 when unknown
   * @param serviceTier OpenAI's requested service tier
   * @param previousResponseId the Responses API's {@code previous_response_id}
   */
  public record Request(String model, Long maxTokens, Double temperature, Double topP, Long topK,
      Double frequencyPenalty, Double presencePenalty, List<String> stopSequences, Long seed, Long choiceCount,
      Boolean stream, String outputType, long bodyBytes, String serviceTier, String previousResponseId) {}

  /**
   * What the provider answered.
   *
   * @param finishReasons already bounded in count and length
   * @param providerErrorType the provider's own error code from an error body
   * @param bodyBytes bytes of the response body as read, or -1 when no response arrived
   * @param systemFingerprint OpenAI's {@code system_fingerprint}
   * @param serviceTier OpenAI's {@code service_tier} that served the answer
   * @param toolNames the tools the answer called, in order, already bounded; empty when it called none
   */
  public record Response(String id, String model, List<String> finishReasons, String providerErrorType,
      long bodyBytes, String systemFingerprint, String serviceTier, List<String> toolNames) {}

  /**
   * An embeddings call's size.
   *
   * @param inputCount inputs embedded, or null when neither request nor answer showed it
   * @param dimensionCount dimensions of the vectors, or null when not shown
   * @param encodingFormats the encodings the request asked for, or null when it named none
   */
  public record Embeddings(Long inputCount, Long dimensionCount, List<String> encodingFormats) {}

  /** Token counts as the provider reported them. */
  public record Usage(Long inputTokens, Long outputTokens, Long cacheReadInputTokens, Long cacheCreationInputTokens,
      Long reasoningOutputTokens) {

    /** The provider said how many tokens went in or out. */
    public boolean reported() {
      return inputTokens != null || outputTokens != null;
    }
  }

  /**
   * When the call ran.
   *
   * @param stream the streamed answer's timings, or null when the answer was not a stream we understand
   */
  public record Timings(long startEpochNanos, long endEpochNanos, double durationSeconds, StreamTimings stream) {}

  /**
   * A streamed answer's chunks.
   *
   * @param timeToFirstChunkSeconds -1 when no chunk arrived
   * @param intervals the times between chunks, as (mean of a bucket, how many fell in it)
   */
  public record StreamTimings(long chunks, double timeToFirstChunkSeconds, List<ChunkInterval> intervals) {}

  /** {@code times} intervals between chunks, each replayed as {@code seconds}. */
  public record ChunkInterval(double seconds, long times) {}

  /**
   * How the call ended.
   *
   * @param outcome the {@code driftwatch.outcome} label
   * @param responseOutcome how the application's read ended: completed, failed, closed_early, abandoned
   * @param statusCode the HTTP status, 0 or less when no response arrived
   * @param errorType the {@code error.type} value, or null for a successful call
   * @param errorDescription the span status message of a failed call (already made safe), else null
   * @param analysisSkipped why the bodies were not analysed, or null
   * @param retrySource how the call was recognised as a retry, or null
   * @param sdkRetryCount the SDK's own retry number, 0 when it sent none
   */
  public record Result(String outcome, String responseOutcome, int statusCode, String errorType,
      String errorDescription, String analysisSkipped, String retrySource, int sdkRetryCount, RateLimit rateLimit) {}

  /** Quota headroom from the response's rate-limit headers; null fields were absent or unbelievable. */
  public record RateLimit(Long remainingRequests, Long remainingTokens, Double retryAfterSeconds) {}

  /**
   * What the behavioral checks concluded.
   *
   * @param checked the checks ran (a successful call whose answer was read); the rest is empty when not
   * @param formatCompliant null when the request asked for no structured output
   */
  public record Behavior(boolean checked, Boolean refusal, String refusalSource, Boolean formatCompliant,
      String formatViolation, String formatViolationPath, long outputLength, boolean emptyOutput, boolean truncated,
      boolean duplicateOutput) {}
}
