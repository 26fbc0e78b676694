package io.driftwatch.samples.drill;

/**
 * When a signal has left its normal range, as otel-collector/rules/deviations.yaml decides, with
 * the phase before the fault as the baseline. The drill has no day of history, so the rules' "3
 * standard deviations" term is zero and each band is its floor: latency 1.5x, input tokens 1.3x,
 * ratios +2 percentage points, output length +-25%, quality -8%.
 */
final class DeviationBands {

  static final double LATENCY_FACTOR = 1.5;
  static final double INPUT_TOKENS_FACTOR = 1.3;
  static final double RATIO_POINTS = 0.02;
  static final double OUTPUT_LENGTH_SHARE = 0.25;
  static final double QUALITY_FACTOR = 0.92;

  private DeviationBands() {}

  static boolean deviates(Signal signal, Double before, Double during) {
    if (before == null || during == null) {
      return false;
    }
    return switch (signal) {
      case LATENCY_MEAN_MS -> during >= LATENCY_FACTOR * before;
      case INPUT_TOKENS_MEAN -> during >= INPUT_TOKENS_FACTOR * before;
      case RATE_LIMITED_RATIO, AUTH_FAILURE_RATIO, SERVER_ERROR_RATIO, REFUSAL_RATIO, FORMAT_VIOLATION_RATIO ->
          during > before + RATIO_POINTS;
      case OUTPUT_LENGTH_MEAN -> Math.abs(during - before) > OUTPUT_LENGTH_SHARE * before;
      case QUALITY_SCORE_MEAN -> during < QUALITY_FACTOR * before;
      case PROMPT_CHANGES, MODEL_CHANGES -> false; // changes explain deviations; they are not one
    };
  }
}
