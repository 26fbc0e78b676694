package io.driftwatch.samples.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An alert of otel-collector/rules/alerts.yaml that would fire once its {@code for:} window had
 * passed. As in alertmanager.yaml, a page inhibits the tickets and notifications of the same
 * incident (same provider and triage domain): they are listed, marked inhibited.
 */
record Alert(String name, String severity, String because, boolean inhibited) {

  static final String PAGE = "LlmLayersDeviatingTogether";
  static final Map<Layer, String> TICKET_BY_LAYER = Map.of(
      Layer.INFRASTRUCTURE, "LlmInfrastructureDeviation",
      Layer.API, "LlmApiDeviation",
      Layer.BEHAVIORAL, "LlmBehaviorDrift",
      Layer.QUALITY, "LlmQualityDecline");
  static final String CHANGE_NOTICE = "LlmPromptOrModelChanged";

  static List<Alert> firing(List<SignalRow> rows) {
    Set<Layer> layers = TriageDomain.deviatingLayers(rows);
    boolean page = layers.size() >= 2;
    List<Alert> alerts = new ArrayList<>();
    if (page) {
      alerts.add(new Alert(PAGE, "page", layers.size() + " layers deviate together", false));
    }
    for (Layer layer : Layer.values()) {
      if (layers.contains(layer)) {
        alerts.add(new Alert(TICKET_BY_LAYER.get(layer), "ticket", deviatingSignals(rows, layer), page));
      }
    }
    if (TriageDomain.changed(rows)) {
      alerts.add(new Alert(CHANGE_NOTICE, "notify", changes(rows), page));
    }
    return alerts;
  }

  /** "LlmApiDeviation (ticket)", with "inhibited by the page" when it is. */
  String summary() {
    return name + " (" + severity + (inhibited ? ", inhibited by the page" : "") + ")";
  }

  private static String deviatingSignals(List<SignalRow> rows, Layer layer) {
    return rows.stream().filter(r -> r.deviating() && r.signal().layer() == layer)
        .map(r -> r.signal().label()).collect(Collectors.joining(", "));
  }

  private static String changes(List<SignalRow> rows) {
    return rows.stream()
        .filter(r -> r.signal().layer() == Layer.RUNBOOK && r.during() != null && r.during() > 0)
        .map(r -> r.signal().label()).collect(Collectors.joining(", "));
  }
}
