package io.driftwatch.samples.drill;

import java.util.Arrays;

/**
 * The three places an LLM incident comes from, plus "none": the {@code triage_domain} label the
 * real rules (otel-collector/rules/triage.yaml and alerts.yaml) put on every alert.
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

  static TriageDomain ofLabel(String label) {
    return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst().orElse(NONE);
  }
}
