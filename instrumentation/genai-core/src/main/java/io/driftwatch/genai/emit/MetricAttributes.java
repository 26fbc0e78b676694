package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.ERROR_TYPE;
import static io.driftwatch.genai.emit.Catalogue.OPERATION_NAME;
import static io.driftwatch.genai.emit.Catalogue.PROMPT_VERSION;
import static io.driftwatch.genai.emit.Catalogue.PROVIDER_NAME;
import static io.driftwatch.genai.emit.Catalogue.REQUEST_MODEL;
import static io.driftwatch.genai.emit.Catalogue.RESPONSE_MODEL;
import static io.driftwatch.genai.emit.Catalogue.SERVER_ADDRESS;
import static io.driftwatch.genai.emit.Catalogue.SERVER_PORT;
import static io.driftwatch.genai.emit.Catalogue.SYSTEM;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.context.MetadataField;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.Set;

/**
 * The one place that builds the attributes every call metric carries (docs/SIGNALS.md, "Common
 * metric attributes"): the alert rules join {@code gen_ai.client.*} and {@code driftwatch.llm.*}
 * on them, so both get exactly the same, capped values. It builds them once per call, with the
 * conventions' own sets derived from them ({@link CallAttributes}); metric-specific attributes
 * are added on top, capped through {@link #capped}.
 */
public final class MetricAttributes {

  /** The request model when the call named none, so that every call has one. */
  public static final String UNKNOWN_MODEL = "unknown";

  private final AttributeValueCap cap;
  private final Set<MetadataField> metricFields;
  private final boolean emitLegacySystemAttribute;

  /** @param emitLegacySystemAttribute the {@code gen_ai.client.*} histograms also carry {@code gen_ai.system} */
  public MetricAttributes(AttributeValueCap cap, Set<MetadataField> metricFields, boolean emitLegacySystemAttribute) {
    this.cap = cap;
    this.metricFields = Set.copyOf(metricFields);
    this.emitLegacySystemAttribute = emitLegacySystemAttribute;
  }

  /** Every attribute set this call's metric points share, each built once. */
  public CallAttributes forCall(CallReport report) {
    Attributes common = common(report);
    AttributesBuilder convention = common.toBuilder();
    if (emitLegacySystemAttribute) {
      convention.put(SYSTEM, common.get(PROVIDER_NAME));
    }
    if (report.target().serverPort() > 0) {
      convention.put(SERVER_PORT, (long) report.target().serverPort());
    }
    if (report.response().model() != null) {
      convention.put(RESPONSE_MODEL, capped(RESPONSE_MODEL, report.response().model()));
    }
    Attributes withoutError = convention.build();
    String errorType = report.result().errorType();
    return new CallAttributes(common, withoutError,
        errorType == null ? withoutError : CallAttributes.with(withoutError, ERROR_TYPE, capped(ERROR_TYPE, errorType)));
  }

  /**
   * {@code gen_ai.provider.name}, {@code gen_ai.operation.name}, {@code gen_ai.request.model},
   * {@code server.address}, {@code driftwatch.prompt.version} when the call has one, and the
   * configured metadata fields the call has; each value capped.
   */
  private Attributes common(CallReport report) {
    String model = report.request().model();
    AttributesBuilder attributes = Attributes.builder()
        .put(PROVIDER_NAME, capped(PROVIDER_NAME, report.target().providerName()))
        .put(OPERATION_NAME, capped(OPERATION_NAME, report.target().operationName()))
        .put(REQUEST_MODEL, capped(REQUEST_MODEL, model == null ? UNKNOWN_MODEL : model))
        .put(SERVER_ADDRESS, capped(SERVER_ADDRESS, report.target().serverAddress()));
    String promptVersion = report.runbook().promptVersion();
    if (promptVersion != null) {
      attributes.put(PROMPT_VERSION, capped(PROMPT_VERSION, promptVersion));
    }
    for (MetadataField field : metricFields) {
      String value = report.runbook().metadata().get(field);
      if (value != null) {
        attributes.put(field.attribute(), capped(field.attribute(), value));
      }
    }
    return attributes.build();
  }

  /** The value itself, or {@link AttributeValueCap#OTHER} once the key has too many distinct values. */
  public String capped(AttributeKey<String> key, String value) {
    return cap.admit(key.getKey(), value);
  }
}
