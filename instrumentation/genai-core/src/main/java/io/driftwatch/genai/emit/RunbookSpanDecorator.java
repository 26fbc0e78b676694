package io.driftwatch.genai.emit;

import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.driftwatch.genai.context.FlagEvaluation;
import io.driftwatch.genai.context.MetadataField;
import io.driftwatch.genai.analysis.report.RunbookFacts;
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

  static final AttributeKey<String> PROMPT_FINGERPRINT = stringKey("driftwatch.prompt.fingerprint");
  static final AttributeKey<String> PROMPT_FINGERPRINT_PREVIOUS = stringKey("driftwatch.prompt.fingerprint.previous");
  static final AttributeKey<List<String>> FEATURE_FLAGS = stringArrayKey("driftwatch.feature_flags");
  static final AttributeKey<String> MODEL_CHANGE_KIND = stringKey("driftwatch.model.change.kind");
  static final AttributeKey<String> MODEL_PREVIOUS = stringKey("driftwatch.model.previous");
  static final AttributeKey<String> MODEL_CURRENT = stringKey("driftwatch.model.current");
  private static final AttributeKey<String> FLAG_KEY = stringKey("feature_flag.key");
  private static final AttributeKey<String> FLAG_VARIANT = stringKey("feature_flag.result.variant");
  private static final AttributeKey<String> FLAG_VALUE = stringKey("feature_flag.result.value");
  private static final AttributeKey<String> FLAG_REASON = stringKey("feature_flag.result.reason");
  private static final AttributeKey<String> FLAG_PROVIDER = stringKey("feature_flag.provider.name");

  private RunbookSpanDecorator() {}

  static void setAttributes(SpanBuilder span, RunbookFacts facts) {
    if (facts.promptVersion() != null) {
      span.setAttribute(MetadataField.PROMPT_VERSION.attribute(), facts.promptVersion());
    }
    if (facts.promptFingerprint() != null) {
      span.setAttribute(PROMPT_FINGERPRINT, facts.promptFingerprint());
    }
    for (MetadataField field : List.of(MetadataField.USER_SEGMENT, MetadataField.EXPERIMENT_ARM)) {
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
      span.addEvent("feature_flag.evaluation", attributes.build(), epochNanos, TimeUnit.NANOSECONDS);
    }
    if (facts.promptChange() != null) {
      span.addEvent("driftwatch.prompt.changed", Attributes.of(
          PROMPT_FINGERPRINT_PREVIOUS, facts.promptChange().previousFingerprint(),
          PROMPT_FINGERPRINT, facts.promptChange().fingerprint()), epochNanos, TimeUnit.NANOSECONDS);
    }
    if (facts.modelChange() != null) {
      span.addEvent("driftwatch.model.changed", Attributes.of(
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
