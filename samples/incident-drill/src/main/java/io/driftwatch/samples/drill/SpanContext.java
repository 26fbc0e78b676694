package io.driftwatch.samples.drill;

import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The runbook metadata the chat spans carry, before and during the fault: prompt version (from the
 * app's MDC), served model, and evaluated feature flags. Says what changed, which is where an
 * on-call engineer looks right after the triage domain.
 */
final class SpanContext {

  static final String PROMPT_VERSION = "prompt version";
  static final String SERVED_MODEL = "served model";
  static final String FLAGS = "flags";

  /** The usual value of one field before and during the fault, when they differ. */
  record Change(String field, String before, String during) {
    @Override
    public String toString() {
      return field + " " + before + " -> " + during;
    }
  }

  private record Field(String label, Function<ReceivedSpan, String> read) {}

  private static final List<Field> FIELDS = List.of(
      new Field(PROMPT_VERSION, span -> span.stringAttr("driftwatch.prompt.version")),
      new Field(SERVED_MODEL, span -> span.stringAttr("gen_ai.response.model")),
      new Field(FLAGS, span -> {
        List<Object> flags = span.listAttr("driftwatch.feature_flags");
        return flags == null || flags.isEmpty() ? null
            : flags.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
      }));

  private SpanContext() {}

  /**
   * One entry per field whose usual value changed ("prompt version v1 -> v2"); empty when none did.
   *
   * @param baselineStart epoch nanoseconds when the baseline phase began
   * @param faultStart    epoch nanoseconds when the fault phase began
   */
  static List<Change> changes(List<ReceivedSpan> spans, String service, long baselineStart, long faultStart) {
    List<ReceivedSpan> chat = spans.stream()
        .filter(s -> service.equals(s.resourceAttributes().get("service.name")))
        .filter(s -> "chat".equals(s.stringAttr("gen_ai.operation.name")))
        .toList();
    List<ReceivedSpan> before = chat.stream()
        .filter(s -> s.startEpochNanos() >= baselineStart && s.startEpochNanos() < faultStart).toList();
    List<ReceivedSpan> during = chat.stream().filter(s -> s.startEpochNanos() >= faultStart).toList();
    List<Change> changes = new ArrayList<>();
    for (Field field : FIELDS) {
      String usualBefore = usual(before, field);
      String usualDuring = usual(during, field);
      if (usualBefore != null && usualDuring != null && !usualBefore.equals(usualDuring)) {
        changes.add(new Change(field.label(), usualBefore, usualDuring));
      }
    }
    return changes;
  }

  /** The most frequent value among the spans, ignoring spans without one. */
  private static String usual(List<ReceivedSpan> spans, Field field) {
    Map<String, Long> counts = spans.stream().map(field.read()).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
  }
}
