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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes a call's runbook facts onto its span: prompt version and fingerprint, segment and
 * experiment, the flags evaluated (one {@code feature_flag.evaluation} event each, as the
 * feature-flag conventions define, plus a searchable list), and prompt/model change events (as
 * span events and, through {@link LogEvents}, log records).
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

  /** One event of a call: a span event, a log record, or both (GenAiSpanEmitter decides). */
  record Event(String name, Attributes attributes) {}

  static List<Event> events(RunbookFacts facts) {
    List<Event> events = new ArrayList<>();
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
      events.add(new Event(FLAG_EVALUATION_EVENT, attributes.build()));
    }
    if (facts.promptChange() != null) {
      events.add(new Event(PROMPT_CHANGED_EVENT, Attributes.of(
          PROMPT_FINGERPRINT_PREVIOUS, facts.promptChange().previousFingerprint(),
          PROMPT_FINGERPRINT, facts.promptChange().fingerprint())));
    }
    if (facts.modelChange() != null) {
      events.add(new Event(MODEL_CHANGED_EVENT, Attributes.of(
          MODEL_CHANGE_KIND, facts.modelChange().kind(),
          MODEL_PREVIOUS, facts.modelChange().previous(),
          MODEL_CURRENT, facts.modelChange().current())));
    }
    return events;
  }

  static void addEvents(Span span, List<Event> events, long epochNanos) {
    for (Event event : events) {
      span.addEvent(event.name(), event.attributes(), epochNanos, TimeUnit.NANOSECONDS);
    }
  }

  private static void putIfPresent(AttributesBuilder attributes, AttributeKey<String> key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }
}
