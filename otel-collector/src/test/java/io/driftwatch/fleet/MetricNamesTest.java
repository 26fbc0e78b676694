package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every metric and label that the rules, dashboards, rule tests and runbook query is one the agent
 * exports according to docs/SIGNALS.md, or one a recording rule here makes.
 */
class MetricNamesTest {
  /** Series and labels Prometheus itself makes. */
  private static final Set<String> PROMETHEUS_SERIES = Set.of("ALERTS");
  private static final Set<String> PROMETHEUS_LABELS = Set.of("__name__", "le", "alertname", "alertstate");

  private final SignalSchema schema = SignalSchema.load(FleetFiles.signalsMarkdown());

  @Test
  void signalSchemaIsReadable() {
    assertTrue(schema.metrics().contains("driftwatch_llm_calls_total"), schema.metrics()::toString);
    assertTrue(schema.histograms().contains("gen_ai_client_operation_duration_seconds"), schema.histograms()::toString);
    assertTrue(schema.labels().containsAll(Set.of("gen_ai_provider_name", "gen_ai_request_model",
        "driftwatch_prompt_version", "driftwatch_outcome", "gen_ai_token_type")), schema.labels()::toString);
  }

  @Test
  void everyQueriedMetricIsExportedByTheAgentOrRecordedHere() {
    Set<String> recorded = PromQlSources.recordedNames();
    List<String> unknown = new ArrayList<>();
    Set<String> checked = new TreeSet<>();
    for (PromQlSources.Expression expression : PromQlSources.all()) {
      for (String name : expression.names().metrics()) {
        checked.add(name);
        boolean known = name.contains(":") ? recorded.contains(name)
            : schema.exports(name) || PROMETHEUS_SERIES.contains(name);
        if (!known) {
          unknown.add(name + " (" + expression.where() + ")");
        }
      }
    }
    assertEquals(List.of(), unknown, "names not in docs/SIGNALS.md nor recorded by rules/");
    assertTrue(checked.contains("driftwatch_llm_refusals_total") && checked.contains("driftwatch:triage"),
        "the extraction found nothing to check: " + checked);
  }

  @Test
  void everyQueriedLabelIsAnAttributeOrAddedByARule() {
    Set<String> allowed = new TreeSet<>(schema.labels());
    allowed.addAll(PromQlSources.ruleLabels());
    allowed.addAll(PROMETHEUS_LABELS);
    List<String> unknown = new ArrayList<>();
    for (PromQlSources.Expression expression : PromQlSources.all()) {
      for (String label : expression.names().labels()) {
        if (!allowed.contains(label)) {
          unknown.add(label + " (" + expression.where() + ")");
        }
      }
    }
    assertEquals(List.of(), unknown, "labels that no SIGNALS.md attribute or rule label becomes");
  }

  @Test
  void everyAgentMetricHasAPlaceOnTheDashboard() {
    Set<String> onDashboards = new TreeSet<>();
    PromQlSources.all().stream().filter(e -> e.where().contains(".json"))
        .forEach(e -> e.names().metrics().forEach(name -> onDashboards.add(baseName(name))));
    List<String> missing = schema.metrics().stream().filter(m -> !onDashboards.contains(m)).toList();
    assertEquals(List.of(), missing, "metrics from docs/SIGNALS.md that no dashboard panel shows");
  }

  private String baseName(String series) {
    for (String suffix : List.of("_bucket", "_sum", "_count")) {
      String base = series.endsWith(suffix) ? series.substring(0, series.length() - suffix.length()) : series;
      if (schema.histograms().contains(base)) {
        return base;
      }
    }
    return series;
  }
}
