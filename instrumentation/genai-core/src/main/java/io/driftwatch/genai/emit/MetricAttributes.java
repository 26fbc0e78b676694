package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.OPERATION_NAME;
import static io.driftwatch.genai.emit.Catalogue.PROVIDER_NAME;
import static io.driftwatch.genai.emit.Catalogue.REQUEST_MODEL;
import static io.driftwatch.genai.emit.Catalogue.SERVER_ADDRESS;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.context.MetadataField;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.Set;

/**
 * The one place that builds the attributes every call metric carries (docs/SIGNALS.md, "Common
 * metric attributes"): the alert rules join {@code gen_ai.client.*} and {@code driftwatch.llm.*}
 * on them, so both get exactly the same, capped values. Metric-specific attributes are added on
 * top, capped through {@link #capped}.
 */
public final class MetricAttributes {

  /** The request model when the call named none, so that every call has one. */
  public static final String UNKNOWN_MODEL = "unknown";

  private final AttributeValueCap cap;
  private final Set<MetadataField> metricFields;

  public MetricAttributes(AttributeValueCap cap, Set<MetadataField> metricFields) {
    this.cap = cap;
    this.metricFields = Set.copyOf(metricFields);
  }

  /**
   * {@code gen_ai.provider.name}, {@code gen_ai.operation.name}, {@code gen_ai.request.model},
   * {@code server.address}, {@code driftwatch.prompt.version} when the call has one, and the
   * configured metadata fields the call has; each value capped.
   */
  public Attributes common(CallReport report) {
    String model = report.request().model();
    AttributesBuilder attributes = Attributes.builder()
        .put(PROVIDER_NAME, capped(PROVIDER_NAME, report.target().providerName()))
        .put(OPERATION_NAME, capped(OPERATION_NAME, report.target().operationName()))
        .put(REQUEST_MODEL, capped(REQUEST_MODEL, model == null ? UNKNOWN_MODEL : model))
        .put(SERVER_ADDRESS, capped(SERVER_ADDRESS, report.target().serverAddress()));
    String promptVersion = report.runbook().promptVersion();
    if (promptVersion != null) {
      attributes.put(MetadataField.PROMPT_VERSION.attribute(),
          capped(MetadataField.PROMPT_VERSION.attribute(), promptVersion));
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
