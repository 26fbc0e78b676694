package io.driftwatch.genai.analysis;

import io.driftwatch.genai.analysis.checks.Findings;
import io.driftwatch.genai.analysis.outcome.ErrorDescription;
import io.driftwatch.genai.analysis.outcome.Outcome;
import io.driftwatch.genai.analysis.outcome.RateLimitReading;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.analysis.report.CapturedContent;
import io.driftwatch.genai.analysis.report.RunbookFacts;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;
import io.driftwatch.genai.providers.stream.ChunkTimings;
import io.driftwatch.genai.providers.stream.StreamObserver;
import io.driftwatch.genai.util.TelemetryText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Copies what analysis concluded into the immutable {@link CallReport}, once per call. */
final class CallReportAssembly {

  private CallReportAssembly() {}

  /** What the analysis of one call concluded, before it is copied into the report. */
  record Conclusions(String errorType, String analysisSkipped, Outcome outcome, String retrySource, int sdkRetryCount,
      RateLimitReading rateLimit, Findings findings, Double costUsd, RunbookFacts runbook, CapturedContent content,
      boolean embeds) {}

  /** A tool name's length on spans; real ones are short identifiers. */
  static final int MAX_TOOL_NAME_CHARS = 128;

  static CallReport assemble(LlmExchange exchange, GenAiCall call, StreamObserver stream, Conclusions concluded) {
    return new CallReport(
        new CallReport.Target(exchange.endpoint().providerName(), exchange.endpoint().operationName(),
            exchange.serverAddress(), exchange.serverPort(), exchange.requestHeaders().traceparent(),
            exchange.requestHeaders().officialGenAiSpan()),
        request(call, exchange.requestBodyLength()),
        new CallReport.Response(call.responseId, call.responseModel, finishReasons(call.finishReasons),
            call.providerErrorType, exchange.responseBody() == null ? -1 : exchange.responseBody().totalBytes(),
            call.systemFingerprint, call.responseServiceTier, toolNames(call.toolCalls)),
        new CallReport.Usage(call.inputTokens, call.outputTokens, call.cacheReadInputTokens,
            call.cacheCreationInputTokens, call.reasoningOutputTokens),
        new CallReport.Timings(exchange.startEpochNanos(), exchange.endEpochNanos(), exchange.durationSeconds(),
            stream == null ? null : streamTimings(stream.timings())),
        result(exchange, call, concluded),
        behavior(concluded.findings()),
        concluded.runbook(), concluded.costUsd(), concluded.content(),
        concluded.embeds() ? new CallReport.Embeddings(call.embeddingInputs, call.embeddingDimensions,
            encodings(call.embeddingEncodings)) : null);
  }

  /** Encodings kept per call, and their length: real requests name one or two short words. */
  static final int MAX_ENCODINGS = 8;
  static final int MAX_ENCODING_CHARS = 32;

  /** The request's own words, so bounded here. */
  private static List<String> encodings(List<String> formats) {
    if (formats == null) {
      return null;
    }
    List<String> bounded = new ArrayList<>();
    for (String format : formats) {
      if (bounded.size() == MAX_ENCODINGS) {
        break;
      }
      bounded.add(TelemetryText.cap(format, MAX_ENCODING_CHARS));
    }
    return Collections.unmodifiableList(bounded);
  }

  /** Names capped as finish reasons are; a call without a name is listed by an empty one, so the count stays true. */
  private static List<String> toolNames(List<ToolCall> calls) {
    if (calls.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>(Math.min(calls.size(), GenAiCall.MAX_TOOL_CALLS));
    for (ToolCall call : calls) {
      if (names.size() == GenAiCall.MAX_TOOL_CALLS) {
        break;
      }
      names.add(call.name() == null ? "" : TelemetryText.cap(call.name(), MAX_TOOL_NAME_CHARS));
    }
    return Collections.unmodifiableList(names);
  }

  private static CallReport.Request request(GenAiCall call, long bodyBytes) {
    return new CallReport.Request(call.requestModel, call.maxTokens, call.temperature, call.topP, call.topK,
        call.frequencyPenalty, call.presencePenalty, copy(call.stopSequences), call.seed, call.choiceCount,
        call.stream, call.outputType, bodyBytes, call.requestServiceTier, call.previousResponseId);
  }

  private static CallReport.Result result(LlmExchange exchange, GenAiCall call, Conclusions concluded) {
    RateLimitReading rateLimit = concluded.rateLimit();
    String errorType = concluded.errorType();
    return new CallReport.Result(concluded.outcome().label(), exchange.outcome().name().toLowerCase(Locale.ROOT),
        exchange.statusCode(), errorType,
        errorType == null ? null : ErrorDescription.of(exchange.failure(), call.providerErrorType, exchange.statusCode()),
        concluded.analysisSkipped(), concluded.retrySource(), concluded.sdkRetryCount(),
        new CallReport.RateLimit(rateLimit.remainingRequests(), rateLimit.remainingTokens(),
            rateLimit.retryAfterSeconds()));
  }

  /** Findings are filled only when the checks ran: a refusal verdict is the first thing they set. */
  private static CallReport.Behavior behavior(Findings findings) {
    return new CallReport.Behavior(findings.refusal != null, findings.refusal, findings.refusalSource,
        findings.formatCompliant, findings.formatViolation, findings.formatViolationPath, findings.outputLength,
        findings.emptyOutput, findings.truncated, findings.duplicateOutput);
  }

  private static CallReport.StreamTimings streamTimings(ChunkTimings timings) {
    List<CallReport.ChunkInterval> intervals = new ArrayList<>();
    timings.replayIntervals((seconds, times) -> intervals.add(new CallReport.ChunkInterval(seconds, times)));
    return new CallReport.StreamTimings(timings.chunks(), timings.timeToFirstChunkSeconds(),
        Collections.unmodifiableList(intervals));
  }

  /** Bounded again here so that no emitter needs to know the parsers' bounds. */
  private static List<String> finishReasons(List<String> reasons) {
    if (reasons.isEmpty()) {
      return List.of();
    }
    List<String> bounded = new ArrayList<>(Math.min(reasons.size(), GenAiCall.MAX_FINISH_REASONS));
    for (String reason : reasons) {
      if (bounded.size() == GenAiCall.MAX_FINISH_REASONS) {
        break;
      }
      bounded.add(TelemetryText.cap(reason, GenAiCall.MAX_FINISH_REASON_CHARS));
    }
    return Collections.unmodifiableList(bounded);
  }

  /** An unmodifiable copy that, unlike {@code List.copyOf}, tolerates the null elements a provider may send. */
  private static List<String> copy(List<String> values) {
    return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
  }
}
