package io.driftwatch.samples.drill;

import java.util.List;

/**
 * What the drill concluded for one scenario, as printed and as written to the reports.
 *
 * @param contextChanges what the spans' runbook metadata says changed ({@link SpanContext})
 */
record ScenarioResult(Scenario scenario, String service, int callsPerPhase, List<SignalRow> rows, List<Alert> alerts,
    TriageDomain domain, List<SpanContext.Change> contextChanges, String nextStep, String runbookReference, double seconds) {

  boolean asExpected() {
    return domain == scenario.expected();
  }

  /** Triaged as expected, and silent exactly when nothing is wrong (the variance scenario). */
  boolean right() {
    return asExpected() && (scenario.expected() == TriageDomain.NONE) == alerts.isEmpty();
  }
}
