package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.fleet.replay.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every PromQL expression in the rules, dashboards and RUNBOOK.md parses (promtool's own parser) and
 * queries only metrics and labels that the real agent exported: the recordings in tests/recordings
 * are scrapes of its Prometheus endpoint during the incident drill.
 */
class RecordedNamesTest {

  /**
   * Metrics the drill's apps never produce, so no recording has them; docs/SIGNALS.md lists each and
   * an integration test of the agent checks it is exported.
   */
  private static final Map<String, String> NOT_IN_THE_DRILL = Map.of(
      "driftwatch_llm_quality_score", "the sample apps attach no quality scores",
      "gen_ai_client_operation_time_to_first_chunk_seconds", "the sample apps do not stream",
      "gen_ai_client_operation_time_per_output_chunk_seconds", "the sample apps do not stream",
      "driftwatch_llm_truncations_total", "no drill answer stops at the token limit",
      "driftwatch_llm_unpriced_calls_total", "every model of the drill has a price",
      "driftwatch_llm_tool_call_answers_total", "the drill's apps call no tools",
      "driftwatch_agent_dropped_total", "the agent drops nothing in the drill");
  /**
   * The newest conventions' names (docs/SIGNALS.md rows "latest names only"): the recordings are of
   * the default mode, SemconvStabilityModesTest checks the agent exports these with the opt-in, and
   * SemconvModesPromtoolTest runs the rule tests under them.
   */
  private static final Set<String> LATEST_NAMES_ONLY = latestNamesOnly();
  private static final Set<String> PROMETHEUS_SERIES = Set.of("ALERTS");
  private static final Set<String> PROMETHEUS_LABELS = Set.of("__name__", "le", "alertname", "alertstate");
  private static final Pattern HISTOGRAM_PART = Pattern.compile("(.*)_(bucket|sum|count)$");
  private static final Pattern LABEL_NAME = Pattern.compile("[{,]\\s*([a-zA-Z_][a-zA-Z0-9_]*)=\"");

  private final Map<String, Set<String>> labelsByMetric = recordedLabels();

  @Test
  void recordingsComeFromTheAgent() {
    assertTrue(labelsByMetric.containsKey("driftwatch_llm_calls_total"), labelsByMetric.keySet()::toString);
    assertTrue(labelsByMetric.get("gen_ai_client_operation_duration_seconds_bucket")
        .containsAll(Set.of("gen_ai_provider_name", "gen_ai_request_model", "le")));
  }

  @Test
  void everyQueriedMetricWasExportedByTheAgent() {
    Set<String> recordedByRules = PromQlSources.recordedNames();
    List<String> unknown = new ArrayList<>();
    for (PromQlSources.Expression expression : PromQlSources.all()) {
      if (expression.where().contains("input series") || expression.where().contains("promql_expr_test")) {
        continue; // the synthetic rule tests' own series are checked against SIGNALS.md by MetricNamesTest
      }
      for (String name : expression.names().metrics()) {
        boolean known = name.contains(":") ? recordedByRules.contains(name)
            : labelsByMetric.containsKey(name) || PROMETHEUS_SERIES.contains(name)
                || NOT_IN_THE_DRILL.containsKey(baseName(name)) || LATEST_NAMES_ONLY.contains(baseName(name));
        if (!known) {
          unknown.add(name + " (" + expression.where() + ")");
        }
      }
    }
    assertEquals(List.of(), unknown, "queried, but in no recording of the real agent");
  }

  private static Set<String> latestNamesOnly() {
    Set<String> names = new TreeSet<>();
    for (String line : FleetFiles.text(FleetFiles.signalsMarkdown()).lines().toList()) {
      if (line.startsWith("| `gen_ai.") && line.contains("| latest names only")) {
        names.add(line.split("\\|")[2].replace("`", "").trim());
      }
    }
    if (names.size() < 5) {
      throw new IllegalStateException("docs/SIGNALS.md lists no latest-names-only metrics: " + names);
    }
    return names;
  }

  /** An expression over one agent metric may only name labels that metric has (or rules add). */
  @Test
  void labelsOfEachMetricAreLabelsItHas() {
    Set<String> ruleLabels = PromQlSources.ruleLabels();
    List<String> wrong = new ArrayList<>();
    for (PromQlSources.Expression expression : PromQlSources.all()) {
      Set<String> metrics = expression.names().metrics();
      if (metrics.size() != 1 || metrics.iterator().next().contains(":")) {
        continue;
      }
      Set<String> has = labelsByMetric.get(metrics.iterator().next());
      if (has == null) {
        continue;
      }
      for (String label : expression.names().labels()) {
        if (!has.contains(label) && !ruleLabels.contains(label) && !PROMETHEUS_LABELS.contains(label)) {
          wrong.add(metrics.iterator().next() + " has no label " + label + " (" + expression.where() + ")");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyDashboardAndRunbookExpressionParses() throws IOException {
    ExternalTool promtool = ExternalTool.require("prometheus", "promtool");
    StringBuilder rules = new StringBuilder("groups:\n  - name: parse-check\n    rules:\n");
    int n = 0;
    for (PromQlSources.Expression expression : PromQlSources.all()) {
      if (!expression.where().contains(".json") && !expression.where().startsWith("RUNBOOK.md")) {
        continue;
      }
      String query = expression.source().strip();
      if (!query.startsWith("label_values(") && !query.isEmpty()) {
        String concrete = query.replace("$__rate_interval", "5m").replace("$model", "gpt-4o-mini")
            .replace("$provider", "openai");
        rules.append("      - record: parse_check_").append(n++).append("\n        expr: '")
            .append(concrete.replace("'", "''")).append("'\n");
      }
    }
    assertTrue(n > 20, "found only " + n + " expressions");
    Path file = Files.createTempFile("driftwatch-parse-check", ".yaml");
    try {
      Files.writeString(file, rules);
      ExternalTool.Result result = promtool.run(FleetFiles.dir(), List.of("check", "rules", file.toString()));
      assertEquals(0, result.exitCode(), result.all());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String baseName(String series) {
    Matcher part = HISTOGRAM_PART.matcher(series);
    return part.matches() ? part.group(1) : series;
  }

  private static Map<String, Set<String>> recordedLabels() {
    Map<String, Set<String>> labels = new TreeMap<>();
    for (Path file : FleetFiles.list("tests/recordings", ".prom")) {
      Recording recording = Recording.read(file);
      for (Recording.Phase phase : recording.phases()) {
        List<String> series = new ArrayList<>(phase.increments().keySet());
        series.addAll(phase.gauges().keySet());
        for (String key : series) {
          String name = key.contains("{") ? key.substring(0, key.indexOf('{')) : key;
          Set<String> names = labels.computeIfAbsent(name, k -> new TreeSet<>());
          Matcher label = LABEL_NAME.matcher(key);
          while (label.find()) {
            names.add(label.group(1));
          }
        }
      }
    }
    return labels;
  }
}
