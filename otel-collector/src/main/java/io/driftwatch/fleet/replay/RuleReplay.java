package io.driftwatch.fleet.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Evaluates the real alert rules (otel-collector/rules/*.yaml) on a recording of the real agent, with
 * promtool, time-compressed: normal traffic first, long enough for every baseline, then the fault.
 * Nothing here decides whether an alert fires: promtool runs the rules and reports ALERTS.
 */
public final class RuleReplay {

  /** Recorded signals and their baselines, for charts: the rule name's middle part. */
  public static final List<String> CHARTED_SIGNALS = List.of("error_budget_burn", "provider_error_ratio",
      "latency_p95_seconds", "input_tokens_per_call", "refusal_ratio", "format_violation_ratio",
      "output_length_mean", "quality_score_mean", "retry_ratio");
  /** Minutes before the onset that charts show. */
  public static final int CHART_LEAD_MINUTES = 40;
  private static final int CHART_STEP_MINUTES = 2;

  private final Promtool promtool;
  private final Path rulesDirectory;
  private final Path workDirectory;

  public RuleReplay(Promtool promtool, Path rulesDirectory, Path workDirectory) {
    this.promtool = promtool;
    this.rulesDirectory = rulesDirectory;
    this.workDirectory = workDirectory;
  }

  public ReplayResult replay(Recording recording, TrafficPlan plan, boolean withTimelines) {
    int onset = plan.normalMinutes();
    int end = plan.totalMinutes() - 1;
    String firstFiring = "(min by (alertname, severity, triage_domain, signal) (min_over_time(timestamp("
        + "ALERTS{alertstate=\"firing\"})[" + end + "m:1m])) - " + onset * 60 + ") / 60";
    PromtoolTestFile test = new PromtoolTestFile(recording, plan).ask(firstFiring, end);
    String charted = "{__name__=~\"driftwatch:(" + String.join("|", CHARTED_SIGNALS)
        + "):(5m|10m|15m|20m|30m|baseline1d|stddev1d)\"}";
    if (withTimelines) {
      for (int minute = Math.max(0, onset - CHART_LEAD_MINUTES); minute <= end; minute += CHART_STEP_MINUTES) {
        test.ask(charted, minute);
      }
    }
    Path file = workDirectory.resolve(recording.scenario() + "-" + SeriesKey.number(plan.callsPerMinute())
        + "cpm.promtool.yaml");
    String output;
    try {
      Files.createDirectories(workDirectory);
      Files.writeString(file, test.render(ruleFiles()), StandardCharsets.UTF_8);
      output = promtool.testRules(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    if (output.contains("FAILED:") && !output.contains("got:")) {
      throw new IllegalStateException("promtool could not evaluate " + file + ":\n" + output);
    }
    Map<PromtoolTestFile.Query, List<Sample>> got = PromtoolOutput.parse(output);
    List<FiredAlert> alerts = new ArrayList<>();
    for (Sample sample : got.getOrDefault(new PromtoolTestFile.Query(firstFiring, end), List.of())) {
      alerts.add(new FiredAlert(sample.label("alertname"), sample.label("severity"), sample.label("triage_domain"),
          sample.label("signal"), sample.value()));
    }
    Map<String, SortedMap<Integer, Double>> timelines = new LinkedHashMap<>();
    got.forEach((query, samples) -> {
      if (!query.expr().equals(charted)) {
        return;
      }
      for (Sample sample : samples) {
        if (!Double.isFinite(sample.value())) {
          continue; // a quantile of no answered calls: no value to chart
        }
        timelines.computeIfAbsent(sample.label("__name__"), k -> new TreeMap<>())
            .put(query.minute() - onset, sample.value());
      }
    });
    return new ReplayResult(recording.scenario(), plan, alerts, timelines);
  }

  private List<Path> ruleFiles() throws IOException {
    try (Stream<Path> files = Files.list(rulesDirectory)) {
      List<Path> rules = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
      if (rules.isEmpty()) {
        throw new IllegalStateException("no rule files in " + rulesDirectory);
      }
      return rules;
    }
  }
}
