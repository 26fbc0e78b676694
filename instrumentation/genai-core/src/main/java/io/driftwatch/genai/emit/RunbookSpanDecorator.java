package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.RunbookFacts;
import io.driftwatch.genai.context.FlagEvaluation;
import io.driftwatch.genai.context.MetadataField;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes a call's runbook facts onto its span: prompt version and fingerprint, segment and
 * experiment, the flags evaluated (one {@code feature_flag.evaluation} event each, as the
 * feature-flag conventions define, plus a searchable list), and prompt/model change events.
 */
final class RunbookSpanDecorator {

  private RunbookSpanDecorator() {}

  static void setAttributes(SpanBuilder span, RunbookFacts facts) {
    if (facts.promptVersion() != null) {
      span.setAttribute(PROMPT_VERSION, facts.promptVersion());
    }
    if (facts.promptFingerprint() != null) {
      span.setAttribute(PROMPT_FINGERPRINT, facts.promptFingerprint());
    }
    String explicitVersion = facts.metadata().get(MetadataField.PROMPT_VERSION);
    if (explicitVersion != null) {
      span.setAttribute(GEN_AI_PROMPT_VERSION, explicitVersion);
    }
    for (MetadataField field : List.of(MetadataField.USER_SEGMENT, MetadataField.EXPERIMENT_ARM,
        MetadataField.PROMPT_NAME, MetadataField.CONVERSATION_ID)) {
      String value = facts.metadata().get(field);
      if (value != null) {
        span.setAttribute(field.attribute(), value);
      }
    }
    List<FlagEvaluation> flags = facts.metadata().flags();
    if (!flags.isEmpty()) {
      span.setAttribute(FEATURE_FLAGS, flags.stream()
          .map(flag -> flag.key() + "=" + (flag.variant() != null ? flag.variant() : flag.value())).toList());
    }
  }

  static void addEvents(Span span, RunbookFacts facts, long epochNanos) {
    for (FlagEvaluation flag : facts.metadata().flags()) {
      AttributesBuilder attributes = Attributes.builder().put(FLAG_KEY, flag.key());
      putIfPresent(attributes, FLAG_VARIANT, flag.variant());
      putIfPresent(attributes, FLAG_VALUE, flag.value());
      putIfPresent(attributes, FLAG_REASON, flag.reason());
      putIfPresent(attributes, FLAG_PROVIDER, flag.providerName());
      putIfPresent(attributes, FLAG_CONTEXT_ID, flag.contextId());
      putIfPresent(attributes, FLAG_VERSION, flag.version());
      putIfPresent(attributes, FLAG_SET_ID, flag.setId());
      putIfPresent(attributes, ERROR_TYPE, flag.errorType());
      span.addEvent(FLAG_EVALUATION_EVENT, attributes.build(), epochNanos, TimeUnit.NANOSECONDS);
    }
    if (facts.promptChange() != null) {
      span.addEvent(PROMPT_CHANGED_EVENT, Attributes.of(
          PROMPT_FINGERPRINT_PREVIOUS, facts.promptChange().previousFingerprint(),
          PROMPT_FINGERPRINT, facts.promptChange().fingerprint()), epochNanos, TimeUnit.NANOSECONDS);
    }
    if (facts.modelChange() != null) {
      span.addEvent(MODEL_CHANGED_EVENT, Attributes.of(
          MODEL_CHANGE_KIND, facts.modelChange().kind(),
          MODEL_PREVIOUS, facts.modelChange().previous(),
          MODEL_CURRENT, facts.modelChange().current()), epochNanos, TimeUnit.NANOSECONDS);
    }
  }

  private static void putIfPresent(AttributesBuilder attributes, AttributeKey<String> key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }
}
