package io.driftwatch.samples.drill;

import static io.driftwatch.samples.drill.MetricSnapshot.isChat;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The signals of one phase: the difference between the snapshots taken at its start and end, for
 * chat calls. Like the rules' volume gates, a ratio or mean is left out (null) when its
 * denominator is too small to mean anything; the drill's gates are scaled to its short phases.
 */
final class PhaseSignals {

  static final int MIN_CALLS = 10;
  static final int MIN_SUCCESSES = 8;
  static final int MIN_FORMAT_CHECKS = 5;
  static final int MIN_SAMPLES = 5;

  private final MetricSnapshot start;
  private final MetricSnapshot end;

  private PhaseSignals(MetricSnapshot start, MetricSnapshot end) {
    this.start = start;
    this.end = end;
  }

  static Map<Signal, Double> between(MetricSnapshot start, MetricSnapshot end) {
    return new PhaseSignals(start, end).read();
  }

  private Map<Signal, Double> read() {
    Map<Signal, Double> values = new EnumMap<>(Signal.class);
    double calls = counter(MetricSnapshot.CALLS, a -> true);
    double successes = counter(MetricSnapshot.CALLS, outcome("success"));
    // the official agent's names, else the newest conventions' (OTEL_SEMCONV_STABILITY_OPT_IN)
    Predicate<Map<String, Object>> answered = a -> !a.containsKey("error.type");
    values.put(Signal.LATENCY_MEAN_MS, scaled(either(mean("gen_ai.client.operation.duration", answered),
        mean("gen_ai.client.inference.duration", answered)), 1000));
    values.put(Signal.INPUT_TOKENS_MEAN, either(
        mean("gen_ai.client.token.usage", a -> "input".equals(a.get("gen_ai.token.type"))),
        mean("gen_ai.client.inference.operation.input_tokens", a -> true)));
    values.put(Signal.RATE_LIMITED_RATIO, ratio(counter(MetricSnapshot.CALLS, outcome("rate_limited")), calls, MIN_CALLS));
    values.put(Signal.AUTH_FAILURE_RATIO, ratio(counter(MetricSnapshot.CALLS, outcome("auth_failure")), calls, MIN_CALLS));
    values.put(Signal.SERVER_ERROR_RATIO, ratio(counter(MetricSnapshot.CALLS, outcome("server_error")), calls, MIN_CALLS));
    values.put(Signal.REFUSAL_RATIO, ratio(counter("driftwatch.llm.refusals", a -> true), successes, MIN_SUCCESSES));
    values.put(Signal.FORMAT_VIOLATION_RATIO, ratio(
        counter("driftwatch.llm.format.checks", a -> "false".equals(a.get("driftwatch.format.compliant"))),
        counter("driftwatch.llm.format.checks", a -> true), MIN_FORMAT_CHECKS));
    values.put(Signal.OUTPUT_LENGTH_MEAN, mean("driftwatch.llm.output.length", a -> true));
    values.put(Signal.QUALITY_SCORE_MEAN, mean("driftwatch.llm.quality.score", a -> true));
    values.put(Signal.RETRIEVAL_BEST_DISTANCE_MEAN, upstreamMean("driftwatch.retrieval.top_score",
        a -> "distance".equals(a.get("driftwatch.retrieval.score.kind"))));
    values.put(Signal.TOOL_ERROR_RATIO, ratio(upstreamCounter("driftwatch.tool.calls", a -> a.containsKey("error.type")),
        upstreamCounter("driftwatch.tool.calls", a -> true), MIN_CALLS));
    values.put(Signal.PROMPT_CHANGES, counter("driftwatch.prompt.changes", a -> true));
    values.put(Signal.MODEL_CHANGES, counter("driftwatch.model.changes", a -> true));
    return values;
  }

  private double counter(String name, Predicate<Map<String, Object>> match) {
    Predicate<Map<String, Object>> chat = MetricSnapshot::isChat;
    return end.counter(name, chat.and(match)) - start.counter(name, chat.and(match));
  }

  private Double mean(String histogram, Predicate<Map<String, Object>> match) {
    Predicate<Map<String, Object>> chat = a -> isChat(a) && match.test(a);
    long count = end.histogramCount(histogram, chat) - start.histogramCount(histogram, chat);
    if (count < MIN_SAMPLES) {
      return null;
    }
    return (end.histogramSum(histogram, chat) - start.histogramSum(histogram, chat)) / count;
  }

  private double upstreamCounter(String name, Predicate<Map<String, Object>> match) {
    return end.counter(name, match) - start.counter(name, match);
  }

  private Double upstreamMean(String histogram, Predicate<Map<String, Object>> match) {
    long count = end.histogramCount(histogram, match) - start.histogramCount(histogram, match);
    return count < MIN_SAMPLES ? null : (end.histogramSum(histogram, match) - start.histogramSum(histogram, match)) / count;
  }

  private static Double either(Double legacyName, Double latestName) {
    return legacyName != null ? legacyName : latestName;
  }

  private static Predicate<Map<String, Object>> outcome(String outcome) {
    return a -> outcome.equals(a.get("driftwatch.outcome"));
  }

  private static Double ratio(double part, double whole, int minimumWhole) {
    return whole < minimumWhole ? null : part / whole;
  }

  private static Double scaled(Double value, double factor) {
    return value == null ? null : value * factor;
  }
}
