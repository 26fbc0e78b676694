package io.driftwatch.genai.analysis;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.parse.GenAiCall;

/**
 * One finished call after analysis: the transport's record, what the parsers read, and the
 * conclusions the emitters share.
 *
 * @param errorType the {@code error.type} value, or null for a successful call
 * @param analysisSkipped why the bodies were not analysed, or null
 */
public record AnalyzedCall(LlmExchange exchange, GenAiCall call, String errorType, String analysisSkipped) {

  public String operationName() {
    return exchange.endpoint().operationName();
  }

  public String providerName() {
    return exchange.endpoint().providerName();
  }
}
