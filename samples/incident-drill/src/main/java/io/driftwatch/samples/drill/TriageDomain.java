package io.driftwatch.samples.drill;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The three places an LLM incident comes from, plus "none", decided as
 * otel-collector/rules/triage.yaml does, in this order:
 * <ol>
 *   <li>provider: an api-layer signal deviates (429, 401/403, 5xx);
 *   <li>prompt_model: behavior or quality deviates, or anything deviates after a prompt or
 *       served-model change;
 *   <li>infrastructure_retrieval: only latency or input tokens deviate, with no change;
 *   <li>none: nothing deviates.
 * </ol>
 */
enum TriageDomain {
  PROVIDER("provider"),
  PROMPT_MODEL("prompt_model"),
  INFRASTRUCTURE_RETRIEVAL("infrastructure_retrieval"),
  NONE("none");

  private final String label;

  TriageDomain(String label) {
    this.label = label;
  }

  /** As the rules' {@code triage_domain} label and the runbook's section names spell it. */
  String label() {
    return label;
  }

  static TriageDomain decide(List<SignalRow> rows) {
    Set<Layer> deviating = deviatingLayers(rows);
    if (deviating.contains(Layer.API)) {
      return PROVIDER;
    }
    if (deviating.contains(Layer.BEHAVIORAL) || deviating.contains(Layer.QUALITY)
        || (!deviating.isEmpty() && changed(rows))) {
      return PROMPT_MODEL;
    }
    if (deviating.contains(Layer.INFRASTRUCTURE)) {
      return INFRASTRUCTURE_RETRIEVAL;
    }
    return NONE;
  }

  static Set<Layer> deviatingLayers(List<SignalRow> rows) {
    Set<Layer> layers = EnumSet.noneOf(Layer.class);
    rows.stream().filter(SignalRow::deviating).forEach(row -> layers.add(row.signal().layer()));
    return layers;
  }

  /** A prompt template or the served model changed during the fault phase. */
  static boolean changed(List<SignalRow> rows) {
    return rows.stream().anyMatch(row -> row.signal().layer() == Layer.RUNBOOK
        && row.during() != null && row.during() > 0);
  }
}
