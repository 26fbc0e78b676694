package io.driftwatch.genai.analysis;

import io.driftwatch.genai.analysis.checks.Findings;
import io.driftwatch.genai.analysis.content.CapturedContent;
import io.driftwatch.genai.analysis.outcome.Outcome;
import io.driftwatch.genai.analysis.outcome.RateLimitReading;
import io.driftwatch.genai.analysis.runbook.RunbookFacts;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.stream.StreamObserver;

/**
 * One finished call after analysis: the transport's record, what the parsers read, and the
 * conclusions every emitter shares.
 *
 * @param errorType the {@code error.type} value, or null for a successful call
 * @param analysisSkipped why the bodies were not analysed, or null
 * @param retrySource how the call was recognised as a retry, or null
 * @param findings the behavioral checks' conclusions (empty when the response was not analysed)
 * @param costUsd null when the model is unpriced
 * @param runbook prompt version, flags, segment, experiment, prompt and model changes
 * @param stream the streamed answer's observer, or null when the answer was not a stream we understand
 * @param content captured prompt and completion, only when content capture is switched on
 */
public record AnalyzedCall(LlmExchange exchange, GenAiCall call, String errorType, String analysisSkipped,
    Outcome outcome, String retrySource, int sdkRetryCount, RateLimitReading rateLimit, Findings findings,
    Double costUsd, RunbookFacts runbook, StreamObserver stream, CapturedContent content) {

  public String operationName() {
    return exchange.endpoint().operationName();
  }

  public String providerName() {
    return exchange.endpoint().providerName();
  }

  public boolean behaviorChecked() {
    return findings.refusal != null;
  }
}
