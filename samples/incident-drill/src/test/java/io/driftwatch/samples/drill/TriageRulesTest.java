package io.driftwatch.samples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drill's reading of the rules, on hand-made signal rows: no agent, no app. */
class TriageRulesTest {

  @Test
  void apiDeviationIsProviderEvenWhenLatencyAndBehaviorMoveToo() {
    List<SignalRow> rows = rows(Map.of(
        Signal.SERVER_ERROR_RATIO, new double[] {0, 0.4},
        Signal.LATENCY_MEAN_MS, new double[] {70, 300},
        Signal.OUTPUT_LENGTH_MEAN, new double[] {300, 500}));

    assertEquals(TriageDomain.PROVIDER, TriageDomain.decide(rows));
    List<Alert> alerts = Alert.firing(rows);
    assertEquals("LlmLayersDeviatingTogether", alerts.get(0).name());
    assertTrue(alerts.stream().skip(1).allMatch(Alert::inhibited), "the page inhibits the tickets");
  }

  @Test
  void behaviorDriftWithHealthyApiIsPromptOrModel() {
    assertEquals(TriageDomain.PROMPT_MODEL, TriageDomain.decide(rows(Map.of(
        Signal.REFUSAL_RATIO, new double[] {0, 0.3}))));
  }

  @Test
  void latencyAloneRightAfterAModelChangeIsPromptOrModel() {
    assertEquals(TriageDomain.PROMPT_MODEL, TriageDomain.decide(rows(Map.of(
        Signal.LATENCY_MEAN_MS, new double[] {70, 200},
        Signal.MODEL_CHANGES, new double[] {0, 1}))));
  }

  @Test
  void latencyAndInputTokensAloneAreInfrastructureOrRetrieval() {
    List<SignalRow> rows = rows(Map.of(
        Signal.LATENCY_MEAN_MS, new double[] {70, 300},
        Signal.INPUT_TOKENS_MEAN, new double[] {250, 740}));

    assertEquals(TriageDomain.INFRASTRUCTURE_RETRIEVAL, TriageDomain.decide(rows));
    assertEquals(List.of("LlmInfrastructureDeviation"), Alert.firing(rows).stream().map(Alert::name).toList());
  }

  @Test
  void movesInsideTheBandsAreNoneAndRaiseNoAlert() {
    List<SignalRow> rows = rows(Map.of(
        Signal.LATENCY_MEAN_MS, new double[] {70, 100},
        Signal.INPUT_TOKENS_MEAN, new double[] {250, 300},
        Signal.OUTPUT_LENGTH_MEAN, new double[] {300, 370},
        Signal.REFUSAL_RATIO, new double[] {0.01, 0.025}));

    assertEquals(TriageDomain.NONE, TriageDomain.decide(rows));
    assertTrue(Alert.firing(rows).isEmpty());
  }

  @Test
  void everyAlertNameTheDrillUsesIsOneTheRulesDefine() throws Exception {
    Path alertsFile = DrillSetup.defaultAgentJar().getParent().getParent().getParent()
        .resolve("otel-collector/rules/alerts.yaml");
    assumeTrue(Files.isRegularFile(alertsFile), "no " + alertsFile + " to compare with");
    String rules = Files.readString(alertsFile);
    List<String> names = new ArrayList<>(Alert.TICKET_BY_LAYER.values());
    names.add(Alert.PAGE);
    names.add(Alert.CHANGE_NOTICE);
    for (String name : names) {
      assertTrue(rules.contains("- alert: " + name + "\n"), name + " is not an alert in " + alertsFile);
    }
  }

  /** A row per signal: the given before/during pairs, 0 -> 0 for the rest. */
  private static List<SignalRow> rows(Map<Signal, double[]> moved) {
    List<SignalRow> rows = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      double[] values = moved.getOrDefault(signal, new double[] {0, 0});
      rows.add(new SignalRow(signal, values[0], values[1], DeviationBands.deviates(signal, values[0], values[1])));
    }
    return rows;
  }
}
