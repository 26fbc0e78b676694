package io.driftwatch.samples.otlp;

import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Predicate;

/** The one-line summaries the demo prints: what a person watching needs, not the whole span. */
final class ConsoleLines {

  private static final int TRACE_ID_SHOWN = 8;

  private ConsoleLines() {}

  /** {@code span <name> kind=<kind> trace=<first 8 hex> attrs={gen_ai.*, server.*, error.type}} */
  static String span(ReceivedSpan span) {
    String trace = span.traceId().substring(0, Math.min(TRACE_ID_SHOWN, span.traceId().length()));
    return "span " + span.name() + " kind=" + span.kind() + " trace=" + trace
        + " attrs=" + attributes(span.attributes(), ConsoleLines::isGenAiRelevant);
  }

  /** A line for points of gen_ai.* metrics; other metrics (JVM, HTTP) would drown the demo. */
  static Optional<String> metric(ReceivedMetric point) {
    if (!point.name().startsWith("gen_ai.")) {
      return Optional.empty();
    }
    String line = "metric " + point.name() + " type=" + point.type()
        + " attrs=" + attributes(point.attributes(), key -> true);
    boolean hasCount = point.type().endsWith("HISTOGRAM") || point.type().equals("SUMMARY");
    return Optional.of(hasCount
        ? line + " count=" + point.count() + " sum=" + number(point.sum())
        : line + " value=" + number(point.value()));
  }

  private static boolean isGenAiRelevant(String key) {
    return key.startsWith("gen_ai.") || key.startsWith("server.") || key.equals("error.type");
  }

  private static String attributes(Map<String, Object> attributes, Predicate<String> shown) {
    StringJoiner joined = new StringJoiner(", ", "{", "}");
    attributes.forEach((key, value) -> {
      if (shown.test(key)) {
        joined.add(key + "=" + value);
      }
    });
    return joined.toString();
  }

  // Token counts arrive as doubles in sums; "42" reads better than "42.0".
  private static String number(double value) {
    boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
    return whole ? Long.toString((long) value) : Double.toString(value);
  }
}
