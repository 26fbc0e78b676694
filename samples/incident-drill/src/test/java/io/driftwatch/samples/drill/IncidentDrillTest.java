package io.driftwatch.samples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.driftwatch.fleet.replay.FiredAlert;
import io.driftwatch.fleet.replay.Promtool;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The short drill, end to end: a sample app in its own JVM with the real agent jar, the provider
 * stand-in, and the drill's own OTLP receiver on a free port (never a collector).
 */
class IncidentDrillTest {

  private Path agentJar;

  @BeforeEach
  void requireAgentJar() {
    agentJar = Path.of(System.getProperty("driftwatch.agent.jar", DrillSetup.defaultAgentJar().toString()));
    assumeTrue(Files.isRegularFile(agentJar), "no agent jar at " + agentJar
        + ": build it first with 'mvn -q -B install -DskipTests' in the project root; the drill is skipped");
    assumeTrue(Promtool.onPath().isPresent() || "1".equals(System.getenv("DRIFTWATCH_REQUIRE_PROMTOOL")),
        "promtool is not on PATH (apt-get install prometheus): the drill evaluates the real rules with it; skipped");
  }

  @Test
  void shortDrillTriagesEachFaultIntoItsDomainAndStaysQuietOnVariance() throws Exception {
    Path out = Path.of("target", "drill-test");

    List<ScenarioResult> results = drill(SampleApp.LANGCHAIN4J, null, out);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("rate-limit-storm", "provider");
    expected.put("auth-failure", "provider");
    expected.put("server-brownout", "provider");
    expected.put("provider-outage", "provider");
    expected.put("silent-model-update", "prompt_model");
    expected.put("prompt-regression", "prompt_model");
    expected.put("retrieval-degradation", "infrastructure_retrieval");
    expected.put("tool-failure", "infrastructure_retrieval");
    expected.put("diurnal-variance", "none");
    assertEquals(expected, triage(results));
    // the upstream faults are triaged from direct evidence: the store's and the tool's own signals
    assertUpstreamEvidence(result(results, "retrieval-degradation"), "score_drop", Signal.RETRIEVAL_BEST_DISTANCE_MEAN);
    assertUpstreamEvidence(result(results, "tool-failure"), "tool_errors", Signal.TOOL_ERROR_RATIO);
    for (ScenarioResult result : results) {
      // right(): the real rules raised the expected severity in time, and nothing before the onset
      assertTrue(result.right(), result.scenario().name() + " alerts: "
          + result.alerts().stream().map(FiredAlert::describe).toList());
      assertTrue(Files.isRegularFile(out.resolve("recordings").resolve(result.scenario().name() + ".prom")));
      if (result.replayCheck() != null) {
        assertTrue(result.replayCheck().asExpected(), result.scenario().name() + " replay: "
            + String.join("\n", result.replayCheck().output()));
      }
    }
    assertTrue(Files.isRegularFile(out.resolve("drill-report.md")));
    assertTrue(Files.isRegularFile(out.resolve("drill-report.json")));
    assertReportRenders(out.resolve("drill-report.html"));
  }

  /**
   * The runbook's replay step: the prompt regression and the silent model update diverge (between
   * prompt versions, and from the pre-onset golden set), the busy hour does not.
   */
  @Test
  void replayStepShowsThePromptAndModelDivergenceAndNothingInTheBusyHour() {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (String scenario : List.of("prompt-regression", "silent-model-update", "diurnal-variance")) {
      ScenarioResult result = drill(SampleApp.LANGCHAIN4J, scenario, Path.of("target", "drill-test-replay")).get(0);
      ReplayCheck.Outcome replay = result.replayCheck();
      String output = String.join("\n", replay.output());
      assertTrue(replay.asExpected(), scenario + ": " + output);
      verdicts.put(scenario, output.lines().filter(line -> line.startsWith("Verdict:")).toList().toString());
    }

    assertTrue(verdicts.get("prompt-regression").contains("DIVERGED between prompt versions: v2 vs v1"), verdicts.toString());
    assertTrue(verdicts.get("silent-model-update").contains("DIVERGED from the recorded baseline"), verdicts.toString());
    assertTrue(verdicts.get("diurnal-variance").contains("no difference beyond normal variance"), verdicts.toString());
  }

  /** The HTML page, rendered by a real browser, shows charts: not blank, and the signal lines drawn. */
  private static void assertReportRenders(Path html) throws Exception {
    assertTrue(Files.isRegularFile(html));
    assertTrue(!Files.readString(html).contains("http://") && !Files.readString(html).contains("https://"),
        "the report loads nothing from the network");
    BufferedImage image = HeadlessChromium.screenshot(html, html.resolveSibling("drill-report.png"));
    assertTrue(HeadlessChromium.inkShare(image) > 0.05, "the rendered report is nearly blank");
    assertTrue(HeadlessChromium.signalLinePixels(image) > 500, "no signal lines in the rendered charts");
  }

  @Test
  void springAiAppWithTheSamePromptRegressionIsTriagedTheSame() {
    List<ScenarioResult> results = drill(SampleApp.SPRING_AI, "prompt-regression", Path.of("target", "drill-test-spring-ai"));

    assertEquals(Map.of("prompt-regression", "prompt_model"), triage(results));
    assertTrue(results.get(0).contextChanges().stream()
        .anyMatch(change -> change.field().equals(SpanContext.PROMPT_VERSION)),
        "the spans carry the prompt version the app put in the MDC: " + results.get(0).contextChanges());
  }

  private static ScenarioResult result(List<ScenarioResult> results, String scenario) {
    return results.stream().filter(r -> r.scenario().name().equals(scenario)).findFirst().orElseThrow();
  }

  /** The upstream alert fired on this signal, and the drill's own reading of it rose in the fault phase. */
  private static void assertUpstreamEvidence(ScenarioResult result, String upstreamSignal, Signal row) {
    List<String> alerts = result.alerts().stream().map(FiredAlert::describe).toList();
    assertTrue(alerts.stream().anyMatch(a -> a.contains("UpstreamRetrievalDeviation/" + upstreamSignal)),
        result.scenario().name() + " alerts: " + alerts);
    SignalRow measured = result.rows().stream().filter(r -> r.signal() == row).findFirst().orElseThrow();
    assertTrue(measured.rise() > 0.05, result.scenario().name() + " " + row + ": " + measured.beforeText() + " -> "
        + measured.duringText());
  }

  private List<ScenarioResult> drill(SampleApp app, String scenario, Path out) {
    return new IncidentDrill(new DrillOptions(true, scenario, app, "none", agentJar, out, null), System.out).run();
  }

  private static Map<String, String> triage(List<ScenarioResult> results) {
    Map<String, String> triage = new LinkedHashMap<>();
    results.forEach(r -> triage.put(r.scenario().name(), r.domain().label()));
    return triage;
  }
}
