package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.FiredAlert;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The drill's result as JSON, free of timings and ports so two runs can be diffed. */
final class JsonReport {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String render(DrillOptions options, List<ScenarioResult> results) {
    ObjectNode root = JSON.createObjectNode()
        .put("app", options.app().option())
        .put("mode", options.mode())
        .put("callsPerPhase", options.callsPerPhase())
        .put("allRight", results.stream().allMatch(ScenarioResult::right));
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioResult r : results) {
      ObjectNode scenario = scenarios.addObject()
          .put("name", r.scenario().name())
          .put("title", r.scenario().title())
          .put("service", r.service())
          .put("expected", r.scenario().expected().label())
          .put("triage", r.domain().label())
          .put("right", r.right())
          .put("nextStep", r.nextStep())
          .put("runbook", r.runbookReference());
      ArrayNode context = scenario.putArray("spanContextChanges");
      r.contextChanges().forEach(change -> context.addObject()
          .put("field", change.field()).put("before", change.before()).put("during", change.during()));
      ArrayNode signals = scenario.putArray("signals");
      for (SignalRow row : r.rows()) {
        ObjectNode signal = signals.addObject()
            .put("signal", row.signal().key())
            .put("layer", row.signal().layer().label());
        putRounded(signal, "before", row.before(), row.signal());
        putRounded(signal, "during", row.during(), row.signal());
        signal.put("change", row.changeText());
      }
      ArrayNode alerts = scenario.putArray("alerts");
      for (FiredAlert alert : r.alerts()) {
        alerts.addObject().put("name", alert.name()).put("severity", alert.severity())
            .put("triageDomain", alert.triageDomain()).put("signal", alert.signal())
            .put("minutesAfterOnset", alert.minutesAfterOnset());
      }
    }
    return root.toPrettyString() + "\n";
  }

  private static void putRounded(ObjectNode node, String field, Double value, Signal signal) {
    if (value == null) {
      node.putNull(field);
      return;
    }
    double scale = signal.kind() == Signal.Kind.RATIO || Math.abs(value) < 10 ? 10_000 : 10;
    node.put(field, Math.round(value * scale) / scale);
  }
}
