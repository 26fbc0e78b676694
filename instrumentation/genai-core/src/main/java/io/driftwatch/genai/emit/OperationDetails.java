package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.util.TelemetryText;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;

/**
 * The attributes of the opt-in {@code gen_ai.client.inference.operation.details} event: the call's
 * operation, provider, models, response, usage and outcome, and its messages when content capture
 * is on (already redacted and truncated; as JSON strings, like on the span).
 */
final class OperationDetails {

  private OperationDetails() {}

  static Attributes of(CallReport report) {
    AttributesBuilder attributes = Attributes.builder()
        .put(OPERATION_NAME, report.target().operationName())
        .put(PROVIDER_NAME, report.target().providerName())
        .put(SERVER_ADDRESS, report.target().serverAddress());
    if (report.target().serverPort() > 0) {
      attributes.put(SERVER_PORT, (long) report.target().serverPort());
    }
    put(attributes, REQUEST_MODEL, capped(report.request().model()));
    put(attributes, RESPONSE_MODEL, capped(report.response().model()));
    put(attributes, RESPONSE_ID, capped(report.response().id()));
    if (!report.response().finishReasons().isEmpty()) {
      attributes.put(RESPONSE_FINISH_REASONS, report.response().finishReasons());
    }
    put(attributes, USAGE_INPUT_TOKENS, report.usage().inputTokens());
    put(attributes, USAGE_OUTPUT_TOKENS, report.usage().outputTokens());
    put(attributes, ERROR_TYPE, report.result().errorType());
    if (report.content() != null) {
      put(attributes, SYSTEM_INSTRUCTIONS, report.content().systemInstructions());
      put(attributes, INPUT_MESSAGES, report.content().inputMessages());
      put(attributes, OUTPUT_MESSAGES, report.content().outputMessages());
    }
    return attributes.build();
  }

  private static String capped(String value) {
    return TelemetryText.cap(value, GenAiSpanEmitter.MAX_PROVIDER_STRING_CHARS);
  }

  private static <T> void put(AttributesBuilder attributes, AttributeKey<T> key, T value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }
}
