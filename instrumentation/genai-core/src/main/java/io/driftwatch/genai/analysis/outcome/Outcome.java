package io.driftwatch.genai.analysis.outcome;

import java.util.Locale;

/** The API-level outcome class of a call, the {@code driftwatch.outcome} value. */
public enum Outcome {
  SUCCESS,
  RATE_LIMITED,
  AUTH_FAILURE,
  SERVER_ERROR,
  CLIENT_ERROR,
  TIMEOUT,
  CONNECTION_ERROR,
  CANCELLED;

  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }
}
