package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.FiredAlert;
import io.driftwatch.fleet.replay.ReplayResult;
import java.util.List;
import java.util.Optional;

/**
 * What the drill concluded for one scenario, as printed and as written to the reports.
 *
 * @param rows what the agent measured before and during the fault, for reading (no alert is decided from them)
 * @param replay what the real rules, run by promtool on the recording, fired and when
 * @param contextChanges what the spans' runbook metadata says changed ({@link SpanContext})
 * @param replayCheck the runbook's replay step, in the scenarios that play it ({@link ReplayCheck}), else null
 */
record ScenarioResult(Scenario scenario, String service, int callsPerPhase, List<SignalRow> rows, ReplayResult replay,
    TriageDomain domain, List<SpanContext.Change> contextChanges, String nextStep, String runbookReference, double seconds,
    ReplayCheck.Outcome replayCheck) {

  /** The alert that triages the incident: the first page, else the first ticket. */
  static Optional<FiredAlert> leading(ReplayResult replay) {
    return replay.firstPage().or(replay::firstTicket);
  }

  static TriageDomain domainOf(ReplayResult replay) {
    return leading(replay).map(a -> TriageDomain.ofLabel(a.triageDomain())).orElse(TriageDomain.NONE);
  }

  List<FiredAlert> alerts() {
    return replay.alerts();
  }

  boolean asExpected() {
    return domain == scenario.expected();
  }

  /**
   * Triaged as expected, raised as loud as expected in time (a page within the scenario's
   * minutes, or a ticket and no page), and nothing on the normal traffic before the onset.
   */
  boolean right() {
    if (!asExpected() || !replay.beforeOnset().isEmpty()) {
      return false;
    }
    return switch (scenario.expectedSeverity()) {
      case "page" -> replay.firstPage().filter(p -> p.minutesAfterOnset() <= scenario.withinMinutes()).isPresent();
      case "ticket" -> replay.firstPage().isEmpty()
          && replay.firstTicket().filter(t -> t.minutesAfterOnset() <= scenario.withinMinutes()).isPresent();
      default -> replay.pagesAndTickets().isEmpty();
    };
  }

  /** "page after 4 min", "ticket after 20 min" or "none". */
  String loudest() {
    return replay.firstPage().map(p -> "page " + Math.round(p.minutesAfterOnset()) + "m")
        .or(() -> replay.firstTicket().map(t -> "ticket " + Math.round(t.minutesAfterOnset()) + "m"))
        .orElse("none");
  }
}
