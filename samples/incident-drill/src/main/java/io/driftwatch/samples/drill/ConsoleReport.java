package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.FiredAlert;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** The drill's terminal output: a table per scenario and a summary, all within 80 columns. */
final class ConsoleReport {

  private static final int WIDTH = 80;
  private static final String INDENT = "   ";
  private static final String ROW = INDENT + "%-8s %-20s %9s %9s %10s";
  private static final String LABELLED = INDENT + "%-8s %s%n";

  private final PrintStream out;

  ConsoleReport(PrintStream out) {
    this.out = out;
  }

  void scenarioHeader(Scenario scenario, String service) {
    out.println();
    out.println("== " + scenario.name() + "  (service " + service + ")");
    out.println(INDENT + scenario.title());
  }

  void scenarioResult(ScenarioResult result) {
    out.println(String.format(ROW, "layer", "signal", "before", "during", "change").stripTrailing());
    for (SignalRow row : result.rows()) {
      out.println(String.format(ROW, row.signal().layer().shortName(), row.signal().label(), row.beforeText(),
          row.duringText(), row.changeText()).stripTrailing());
    }
    List<FiredAlert> alerts = result.alerts();
    if (alerts.isEmpty()) {
      out.printf(LABELLED, "alerts", "none (the real rules, evaluated by promtool)");
    }
    for (int i = 0; i < alerts.size(); i++) {
      out.printf(LABELLED, i == 0 ? "alerts" : "", alerts.get(i).describe());
    }
    out.printf(LABELLED, "triage", result.domain().label() + (result.asExpected() ? ", as expected"
        : ", WRONG: expected " + result.scenario().expected().label()));
    printWrapped("context", result.contextChanges().isEmpty() ? "spans show no prompt, model or flag change"
        : result.contextChanges().stream().map(SpanContext.Change::toString).collect(Collectors.joining("; ")));
    if (result.replayCheck() != null) {
      out.printf(LABELLED, "replay", result.replayCheck().summary());
    }
    printWrapped("next", result.nextStep());
    if (result.runbookReference() != null) {
      out.printf(LABELLED, "", "see " + result.runbookReference());
    }
  }

  void summary(DrillOptions options, List<ScenarioResult> results) {
    out.println();
    out.println("== summary (" + options.app().option() + ", " + options.mode() + ": "
        + options.callsPerPhase() + " calls per phase)");
    out.printf(INDENT + "%-22s %-24s %-6s %-11s %s%n", "scenario", "triage", "right?", "first alert", "time");
    for (ScenarioResult result : results) {
      out.printf(INDENT + "%-22s %-24s %-6s %-11s %.0f s%n", result.scenario().name(), result.domain().label(),
          result.right() ? "yes" : "NO", result.loudest(), result.seconds());
    }
    long right = results.stream().filter(ScenarioResult::right).count();
    boolean varianceRan = results.stream().anyMatch(r -> r.scenario().expected() == TriageDomain.NONE);
    out.println(INDENT + right + " of " + results.size() + " scenarios triaged right"
        + (right == results.size() && varianceRan ? "; the variance-only scenario stayed quiet" : ""));
  }

  private void printWrapped(String label, String text) {
    int room = WIDTH - INDENT.length() - 9;
    StringBuilder line = new StringBuilder();
    boolean first = true;
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > room) {
        out.printf(LABELLED, first ? label : "", line);
        first = false;
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    out.printf(LABELLED, first ? label : "", line);
  }
}
