package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.FiredAlert;
import java.util.List;
import java.util.stream.Collectors;

/** The drill's result as Markdown, free of timings and ports so two runs can be diffed. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(DrillOptions options, List<ScenarioResult> results) {
    StringBuilder md = new StringBuilder();
    md.append("# Driftwatch incident drill\n\n");
    md.append("App: ").append(options.app().description()).append(". Mode: ").append(options.mode()).append(", ").append(options.callsPerPhase())
        .append(" calls per phase. Alerts are what otel-collector/rules fired when promtool evaluated the")
        .append(" recording of each scenario, played at 30 calls a minute after 4 hours of normal traffic;")
        .append(" minutes are counted from the fault's onset.\n\n");
    md.append("| scenario | expected | triage | right | first page | first ticket | alerts |\n|---|---|---|---|---|---|---|\n");
    for (ScenarioResult r : results) {
      md.append("| ").append(r.scenario().name()).append(" | ").append(r.scenario().expected().label())
          .append(" | ").append(r.domain().label()).append(" | ")
          .append(r.right() ? "yes" : "**no**").append(" | ")
          .append(r.replay().firstPage().map(p -> Math.round(p.minutesAfterOnset()) + " min").orElse("-")).append(" | ")
          .append(r.replay().firstTicket().map(t -> Math.round(t.minutesAfterOnset()) + " min").orElse("-")).append(" | ")
          .append(r.alerts().isEmpty() ? "none" : r.alerts().stream().map(FiredAlert::describe).collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    for (ScenarioResult r : results) {
      md.append("\n## ").append(r.scenario().name()).append("\n\n").append(r.scenario().title())
          .append(". Service `").append(r.service()).append("`.\n\n");
      md.append("| layer | signal | before | during | change |\n|---|---|---:|---:|---:|\n");
      for (SignalRow row : r.rows()) {
        md.append("| ").append(row.signal().layer().label()).append(" | ").append(row.signal().label())
            .append(" | ").append(row.beforeText()).append(" | ").append(row.duringText())
            .append(" | ").append(row.changeText()).append(" |\n");
      }
      md.append(r.alerts().isEmpty() ? "\n- Alerts: none" : "\n- Alerts:");
      for (FiredAlert alert : r.alerts()) {
        md.append("\n  - ").append(alert.describe());
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
