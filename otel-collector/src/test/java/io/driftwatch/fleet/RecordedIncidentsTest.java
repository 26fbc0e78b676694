package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.fleet.replay.FiredAlert;
import io.driftwatch.fleet.replay.Promtool;
import io.driftwatch.fleet.replay.Recording;
import io.driftwatch.fleet.replay.ReplayResult;
import io.driftwatch.fleet.replay.RuleReplay;
import io.driftwatch.fleet.replay.TrafficPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The alert rules on what the real agent exported: each recording in tests/recordings (made by the
 * incident drill with the agent attached to a sample app; refresh with its --record option) is
 * played by promtool after 4 hours of normal traffic, and the alerts the rules fire must meet the
 * on-call targets: a page within 10 minutes for provider outages, within 15 for a severe prompt
 * regression, within 30 for a total outage or a broken prompt at 3 a.m. volume (5 calls a minute);
 * tickets for moderate drift; nothing
 * on normal traffic or in the busy hour.
 */
class RecordedIncidentsTest {

  record Case(String recording, double callsPerMinute, int faultMinutes, String severity, String domain,
      int withinMinutes) {
    String name() {
      return recording + " at " + (int) callsPerMinute + " calls/min: "
          + (severity.equals("none") ? "silence" : severity + " (" + domain + ") within " + withinMinutes + " min");
    }
  }

  private static final List<Case> CASES = List.of(
      new Case("rate-limit-storm", 30, 60, "page", "provider", 10),
      new Case("auth-failure", 30, 60, "page", "provider", 10),
      new Case("server-brownout", 30, 60, "page", "provider", 10),
      new Case("provider-outage", 30, 60, "page", "provider", 10),
      new Case("provider-outage", 5, 90, "page", "provider", 30),
      new Case("prompt-regression", 30, 60, "page", "prompt_model", 15),
      new Case("prompt-regression", 5, 90, "page", "prompt_model", 30),
      new Case("silent-model-update", 30, 90, "ticket", "prompt_model", 60),
      new Case("retrieval-degradation", 30, 90, "ticket", "infrastructure_retrieval", 60),
      new Case("tool-failure", 30, 60, "ticket", "infrastructure_retrieval", 20),
      new Case("diurnal-variance", 30, 90, "none", "none", 0),
      new Case("diurnal-variance", 5, 90, "none", "none", 0));

  @TestFactory
  Stream<DynamicTest> realRulesOnRecordingsMeetTheOnCallTargets() throws Exception {
    ExternalTool.require("prometheus", "promtool");
    Promtool promtool = Promtool.onPath().orElseThrow();
    RuleReplay replay = new RuleReplay(promtool, FleetFiles.dir().resolve("rules"),
        Path.of("target", "recorded-incidents"));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<ReplayResult>> runs = new ArrayList<>();
      for (Case c : CASES) {
        Recording recording = Recording.read(recordingFile(c.recording()));
        runs.add(pool.submit(() -> replay.replay(recording,
            TrafficPlan.at(c.callsPerMinute()).withFaultMinutes(c.faultMinutes()), false)));
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (int i = 0; i < CASES.size(); i++) {
        Case c = CASES.get(i);
        ReplayResult result = runs.get(i).get();
        tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c, result)));
      }
      return tests.stream();
    } finally {
      pool.shutdownNow();
    }
  }

  static Path recordingFile(String scenario) {
    return FleetFiles.dir().resolve("tests/recordings").resolve(scenario + ".prom");
  }

  static void check(Case c, ReplayResult result) {
    String fired = result.alerts().stream().map(FiredAlert::describe).toList().toString();
    assertEquals(List.of(), result.beforeOnset(), "alerts on the normal traffic before the onset: " + fired);
    switch (c.severity()) {
      case "page" -> {
        FiredAlert page = result.firstPage().orElseThrow(() -> new AssertionError("no page; fired: " + fired));
        assertTrue(page.minutesAfterOnset() <= c.withinMinutes(), "page too late: " + fired);
        assertEquals(c.domain(), page.triageDomain(), "page in the wrong triage domain: " + fired);
      }
      case "ticket" -> {
        assertEquals(List.of(), result.alerts().stream().filter(FiredAlert::isPage).toList(), "no page: " + fired);
        FiredAlert ticket = result.firstTicket().orElseThrow(() -> new AssertionError("no ticket; fired: " + fired));
        assertTrue(ticket.minutesAfterOnset() <= c.withinMinutes(), "ticket too late: " + fired);
        assertEquals(c.domain(), ticket.triageDomain(), "ticket in the wrong triage domain: " + fired);
      }
      default -> assertEquals(List.of(), result.pagesAndTickets(), "the busy hour raised alerts: " + fired);
    }
  }
}
