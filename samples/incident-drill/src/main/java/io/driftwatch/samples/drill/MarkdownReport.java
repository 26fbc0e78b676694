package io.driftwatch.samples.drill;

import java.util.List;
import java.util.stream.Collectors;

/** The drill's result as Markdown, free of timings and ports so two runs can be diffed. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(DrillOptions options, List<ScenarioResult> results) {
    StringBuilder md = new StringBuilder();
    md.append("# Driftwatch incident drill\n\n");
    md.append("App: ").append(options.app().description()).append(". Mode: ").append(options.mode()).append(", ").append(options.callsPerPhase())
        .append(" calls per phase. Bands as in otel-collector/rules/deviations.yaml, with the baseline")
        .append(" phase as the baseline: latency x1.5, input tokens x1.3, ratios +2 pp, output length")
        .append(" +-25%.\n\n");
    md.append("| scenario | expected | triage | right | alerts |\n|---|---|---|---|---|\n");
    for (ScenarioResult r : results) {
      md.append("| ").append(r.scenario().name()).append(" | ").append(r.scenario().expected().label())
          .append(" | ").append(r.domain().label()).append(" | ")
          .append(r.right() ? "yes" : "**no**").append(" | ")
          .append(r.alerts().isEmpty() ? "none" : r.alerts().stream().map(Alert::summary).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    for (ScenarioResult r : results) {
      md.append("\n## ").append(r.scenario().name()).append("\n\n").append(r.scenario().title())
          .append(". Service `").append(r.service()).append("`.\n\n");
      md.append("| layer | signal | before | during | change | outside band |\n|---|---|---:|---:|---:|---|\n");
      for (SignalRow row : r.rows()) {
        md.append("| ").append(row.signal().layer().label()).append(" | ").append(row.signal().label())
            .append(" | ").append(row.beforeText()).append(" | ").append(row.duringText())
            .append(" | ").append(row.changeText()).append(" | ").append(row.deviating() ? "**yes**" : "")
            .append(" |\n");
      }
      md.append(r.alerts().isEmpty() ? "\n- Alerts: none" : "\n- Alerts:");
      for (Alert alert : r.alerts()) {
        md.append("\n  - `").append(alert.name()).append("` ").append(alert.severity())
            .append(alert.inhibited() ? " (inhibited by the page)" : "").append(": ").append(alert.because());
      }
      md.append("\n- Triage: **").append(r.domain().label()).append("** (expected ")
          .append(r.scenario().expected().label()).append(")\n");
      md.append("- Spans: ").append(r.contextChanges().isEmpty() ? "no prompt, model or flag change"
          : r.contextChanges().stream().map(SpanContext.Change::toString).collect(Collectors.joining("; ")))
          .append("\n");
      md.append("- Next step: ").append(r.nextStep())
          .append(r.runbookReference() == null ? "" : " See `" + r.runbookReference() + "`.").append("\n");
    }
    return md.toString();
  }
}
