package io.driftwatch.genai.exchange;

/** How the application's view of a call ended. */
public enum ExchangeOutcome {
  /** The response body was read to its end. */
  COMPLETED,
  /** The transport failed: no response, or the body broke off. */
  FAILED,
  /** The application closed the body before its end. */
  CLOSED_EARLY,
  /** A stream the application stopped reading and never closed; ended by the agent after a timeout. */
  ABANDONED
}
