package io.driftwatch.fleet;

import io.driftwatch.fleet.replay.Promtool;
import io.driftwatch.fleet.replay.Recording;
import io.driftwatch.fleet.replay.ReplayResult;
import io.driftwatch.fleet.replay.RuleReplay;
import io.driftwatch.fleet.replay.TrafficPlan;
import java.nio.file.Files;
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
 * Recordings of the real agent with their GenAI series renamed to what
 * {@code OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental} exports (SemconvModes): the
 * rules meet the same on-call targets as in RecordedIncidentsTest. A few cases only (each replay is a
 * promtool run of hours of traffic); those whose alerts read the renamed latency and token series.
 */
class RecordedIncidentsLatestNamesTest {

  private static final List<RecordedIncidentsTest.Case> CASES = List.of(
      new RecordedIncidentsTest.Case("rate-limit-storm", 30, 60, "page", "provider", 10),
      new RecordedIncidentsTest.Case("retrieval-degradation", 30, 90, "ticket", "infrastructure_retrieval", 60),
      new RecordedIncidentsTest.Case("tool-failure", 30, 60, "ticket", "infrastructure_retrieval", 20),
      new RecordedIncidentsTest.Case("diurnal-variance", 30, 90, "none", "none", 0));

  @TestFactory
  Stream<DynamicTest> realRulesOnRecordingsInTheLatestNamesMeetTheOnCallTargets() throws Exception {
    ExternalTool.require("prometheus", "promtool");
    Promtool promtool = Promtool.onPath().orElseThrow();
    Path out = Path.of("target", "recorded-incidents-latest");
    RuleReplay replay = new RuleReplay(promtool, FleetFiles.dir().resolve("rules"), out);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<ReplayResult>> runs = new ArrayList<>();
      for (RecordedIncidentsTest.Case c : CASES) {
        Recording recording = Recording.read(latestNames(c.recording(), out));
        runs.add(pool.submit(() -> replay.replay(recording,
            TrafficPlan.at(c.callsPerMinute()).withFaultMinutes(c.faultMinutes()), false)));
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (int i = 0; i < CASES.size(); i++) {
        RecordedIncidentsTest.Case c = CASES.get(i);
        ReplayResult result = runs.get(i).get();
        tests.add(DynamicTest.dynamicTest(c.name(), () -> RecordedIncidentsTest.check(c, result)));
      }
      return tests.stream();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path latestNames(String scenario, Path out) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(RecordedIncidentsTest.recordingFile(scenario))) {
      lines.add(SemconvModes.latestName(line));
    }
    if (lines.equals(Files.readAllLines(RecordedIncidentsTest.recordingFile(scenario)))) {
      throw new AssertionError("nothing renamed in " + scenario);
    }
    Path file = FleetFiles.dir().resolve(out).resolve(scenario + ".prom");
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
    return file;
  }
}
