package io.driftwatch.samples.drill;

import java.util.Locale;

/**
 * What the drill compares before and during each fault, one per row of its table. Each is read from
 * the agent's metrics (docs/SIGNALS.md) for the scenario's service: chat calls only, except the
 * upstream rows (vector-store queries, MCP tool calls).
 */
enum Signal {
  LATENCY_MEAN_MS(Layer.INFRASTRUCTURE, "latency mean (ms)", Kind.MEAN),
  INPUT_TOKENS_MEAN(Layer.INFRASTRUCTURE, "input tokens mean", Kind.MEAN),
  RATE_LIMITED_RATIO(Layer.API, "429 rate", Kind.RATIO),
  AUTH_FAILURE_RATIO(Layer.API, "401/403 rate", Kind.RATIO),
  SERVER_ERROR_RATIO(Layer.API, "5xx rate", Kind.RATIO),
  REFUSAL_RATIO(Layer.BEHAVIORAL, "refusal rate", Kind.RATIO),
  FORMAT_VIOLATION_RATIO(Layer.BEHAVIORAL, "format violations", Kind.RATIO),
  OUTPUT_LENGTH_MEAN(Layer.BEHAVIORAL, "output length mean", Kind.MEAN),
  QUALITY_SCORE_MEAN(Layer.QUALITY, "quality score mean", Kind.MEAN),
  RETRIEVAL_BEST_DISTANCE_MEAN(Layer.UPSTREAM, "best hit distance mean", Kind.MEAN),
  TOOL_ERROR_RATIO(Layer.UPSTREAM, "tool error rate", Kind.RATIO),
  PROMPT_CHANGES(Layer.RUNBOOK, "prompt changes", Kind.COUNT),
  MODEL_CHANGES(Layer.RUNBOOK, "model changes", Kind.COUNT);

  /** How a value is shown and how a change is expressed. */
  enum Kind { MEAN, RATIO, COUNT }

  private final Layer layer;
  private final String label;
  private final Kind kind;

  Signal(Layer layer, String label, Kind kind) {
    this.layer = layer;
    this.label = label;
    this.kind = kind;
  }

  Layer layer() {
    return layer;
  }

  String label() {
    return label;
  }

  Kind kind() {
    return kind;
  }

  /** The key used in the JSON report. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
