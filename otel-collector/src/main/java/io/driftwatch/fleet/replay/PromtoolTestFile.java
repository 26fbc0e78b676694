package io.driftwatch.fleet.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A promtool rule unit test (`promtool test rules`) that plays a recording as input series and asks,
 * at chosen minutes, for the values of expressions. Nothing is expected, so promtool reports every
 * value it got; {@link PromtoolOutput} reads them back.
 */
final class PromtoolTestFile {

  /** The order in which one evaluation runs the groups, so each sees its inputs of the same minute. */
  static final List<String> GROUP_ORDER = List.of("driftwatch-objectives", "driftwatch-signals", "driftwatch-slo",
      "driftwatch-baselines", "driftwatch-deviations", "driftwatch-triage", "driftwatch-alerts");

  /** Counters that count one-off events: played once at the start of their phase, not per call. */
  static final Set<String> EVENT_COUNTERS = Set.of("driftwatch_prompt_changes_total", "driftwatch_model_changes_total");

  record Query(String expr, int minute) {}

  private final Recording recording;
  private final TrafficPlan plan;
  private final List<Query> queries = new ArrayList<>();

  PromtoolTestFile(Recording recording, TrafficPlan plan) {
    this.recording = recording;
    this.plan = plan;
  }

  PromtoolTestFile ask(String expr, int minute) {
    queries.add(new Query(expr, minute));
    return this;
  }

  List<Query> queries() {
    return List.copyOf(queries);
  }

  String render(List<Path> ruleFiles) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Generated from the recording of ").append(recording.scenario()).append(": ")
        .append(plan.normalMinutes()).append(" min normal, ").append(plan.faultMinutes())
        .append(" min fault, about ").append(SeriesKey.number(plan.callsPerMinute())).append(" calls a minute\n");
    yaml.append("rule_files:\n");
    for (Path file : ruleFiles) {
      yaml.append("  - ").append(quote(file.toAbsolutePath().toString())).append('\n');
    }
    yaml.append("evaluation_interval: 1m\ngroup_eval_order: [").append(String.join(", ", GROUP_ORDER)).append("]\n");
    yaml.append("tests:\n  - interval: 1m\n    input_series:\n");
    series().forEach((name, values) -> yaml.append("      - series: ").append(quote(name)).append('\n')
        .append("        values: ").append(quote(values)).append('\n'));
    yaml.append("    promql_expr_test:\n");
    for (Query query : queries) {
      yaml.append("      - expr: ").append(quote(query.expr())).append('\n')
          .append("        eval_time: ").append(query.minute()).append("m\n")
          .append("        exp_samples: []\n");
    }
    return yaml.toString();
  }

  /** Each series and its promtool values: one sample a minute, '_' before it first appears. */
  private Map<String, String> series() {
    List<Recording.Phase> phases = List.of(recording.phase("normal"), recording.phase("fault"));
    int[] phaseStart = {0, plan.normalMinutes()};
    int[] calls = plan.callsByMinute();
    Set<String> names = new LinkedHashSet<>();
    phases.forEach(p -> names.addAll(p.increments().keySet()));
    Set<String> gaugeNames = new LinkedHashSet<>();
    phases.forEach(p -> gaugeNames.addAll(p.gauges().keySet()));
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      boolean event = EVENT_COUNTERS.contains(SeriesKey.metricName(name));
      StringBuilder values = new StringBuilder();
      double total = 0;
      boolean present = false;
      for (int minute = 0; minute < plan.totalMinutes(); minute++) {
        int phase = minute < plan.normalMinutes() ? 0 : 1;
        Recording.Phase current = phases.get(phase);
        Double growth = current.increments().get(name);
        if (growth != null) {
          present = true;
          if (event) {
            total += minute == phaseStart[phase] ? growth : 0;
          } else {
            total += growth / Math.max(1, current.calls()) * calls[minute];
          }
        }
        values.append(minute == 0 ? "" : " ").append(present ? SeriesKey.number(total) : "_");
      }
      out.put(name, values.toString());
    }
    for (String name : gaugeNames) {
      StringBuilder values = new StringBuilder();
      Double last = null;
      for (int minute = 0; minute < plan.totalMinutes(); minute++) {
        Double reading = phases.get(minute < plan.normalMinutes() ? 0 : 1).gauges().get(name);
        last = reading != null ? reading : last;
        values.append(minute == 0 ? "" : " ").append(last == null ? "_" : SeriesKey.number(last));
      }
      out.put(name, values.toString());
    }
    return out;
  }

  /** YAML single-quoted scalar. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
