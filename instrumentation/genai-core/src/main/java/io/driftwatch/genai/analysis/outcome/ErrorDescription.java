package io.driftwatch.genai.analysis.outcome;

import io.driftwatch.genai.analysis.content.ContentRedactor;
import io.driftwatch.genai.util.TelemetryText;

/**
 * The span status message of a failed call: an exception's message or the provider's error type,
 * both text from outside the agent, so URLs lose their query strings, the redactor runs and the
 * length is capped; else the HTTP status.
 */
public final class ErrorDescription {

  private ErrorDescription() {}

  public static String of(Throwable failure, String providerErrorType, int statusCode) {
    if (failure != null) {
      return TelemetryText.cap(ContentRedactor.BUILT_IN.redact(TelemetryText.failureMessage(failure)),
          TelemetryText.MAX_MESSAGE_CHARS);
    }
    return providerErrorType != null
        ? TelemetryText.cap(ContentRedactor.BUILT_IN.redact(TelemetryText.stripQueries(
            TelemetryText.cap(providerErrorType, 4 * TelemetryText.MAX_MESSAGE_CHARS))), TelemetryText.MAX_MESSAGE_CHARS)
        : "HTTP " + statusCode;
  }
}
