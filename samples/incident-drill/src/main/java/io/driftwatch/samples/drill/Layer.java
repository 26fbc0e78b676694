package io.driftwatch.samples.drill;

/**
 * The four signal layers of docs/SIGNALS.md, the calls around the LLM calls (vector-store queries,
 * MCP tools), and the runbook metadata that explains them.
 */
enum Layer {
  INFRASTRUCTURE("infra"),
  API("api"),
  BEHAVIORAL("behavior"),
  QUALITY("quality"),
  UPSTREAM("upstream"),
  RUNBOOK("runbook");

  private final String shortName;

  Layer(String shortName) {
    this.shortName = shortName;
  }

  String shortName() {
    return shortName;
  }

  /** Lower-case name as the rules' {@code layer} label spells it (runbook has no alerting layer). */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
