package io.driftwatch.genai.analysis.outcome;

import io.driftwatch.genai.exchange.ExchangeOutcome;
import io.driftwatch.genai.exchange.LlmExchange;
import java.util.concurrent.CancellationException;

/** Sorts a finished exchange into one {@link Outcome}: HTTP status first, then the failure's kind. */
public final class OutcomeClassifier {

  private OutcomeClassifier() {}

  public static Outcome classify(LlmExchange exchange, boolean streamed) {
    Throwable failure = exchange.failure();
    if (failure != null) {
      return classifyFailure(failure);
    }
    int status = exchange.statusCode();
    if (status == 429) {
      return Outcome.RATE_LIMITED;
    }
    if (status == 401 || status == 403) {
      return Outcome.AUTH_FAILURE;
    }
    if (status == 408 || status >= 500) {
      return Outcome.SERVER_ERROR;
    }
    if (status >= 400) {
      return Outcome.CLIENT_ERROR;
    }
    if (streamed && exchange.outcome() == ExchangeOutcome.CLOSED_EARLY) {
      return Outcome.CANCELLED;
    }
    return Outcome.SUCCESS;
  }

  static Outcome classifyFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof CancellationException || "Canceled".equals(message) || message.contains("cancelled")) {
        return Outcome.CANCELLED;
      }
      if (name.contains("Timeout") || message.toLowerCase(java.util.Locale.ROOT).contains("timeout")
          || message.contains("timed out")) {
        return Outcome.TIMEOUT;
      }
    }
    return Outcome.CONNECTION_ERROR;
  }
}
