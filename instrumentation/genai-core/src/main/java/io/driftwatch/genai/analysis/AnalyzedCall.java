package io.driftwatch.genai.analysis;

import io.driftwatch.genai.checks.Findings;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.metadata.RunbookFacts;
import io.driftwatch.genai.outcome.Outcome;
import io.driftwatch.genai.outcome.RateLimitReading;
import io.driftwatch.genai.parse.GenAiCall;

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
 */
public record AnalyzedCall(LlmExchange exchange, GenAiCall call, String errorType, String analysisSkipped,
    Outcome outcome, String retrySource, int sdkRetryCount, RateLimitReading rateLimit, Findings findings,
    Double costUsd, RunbookFacts runbook) {

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
