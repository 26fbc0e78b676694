package io.driftwatch.samples.drill;

import java.util.Locale;

/**
 * One signal before and during a fault. A value is null when its phase had too few calls to say
 * anything. For reading only: the alerts come from the real rules (ScenarioResult.replay).
 */
record SignalRow(Signal signal, Double before, Double during) {

  /** How much the signal rose during the fault; 0 when it fell or either side is missing. */
  double rise() {
    return before == null || during == null ? 0 : Math.max(0, during - before);
  }

  String beforeText() {
    return format(before);
  }

  String duringText() {
    return format(during);
  }

  /** "+72.2 pp" for ratios, "+35%" for means, "+1" for counts, "-" when either side is missing. */
  String changeText() {
    if (before == null || during == null) {
      return "-";
    }
    return switch (signal.kind()) {
      case RATIO -> String.format(Locale.ROOT, "%+.1f pp", (during - before) * 100);
      case MEAN -> before == 0 ? (during == 0 ? "0%" : "new") : percent((during / before - 1) * 100);
      case COUNT -> String.format(Locale.ROOT, "%+d", Math.round(during - before));
    };
  }

  private static String percent(double change) {
    return Math.round(change) == 0 ? "0%" : String.format(Locale.ROOT, "%+.0f%%", change);
  }

  private String format(Double value) {
    if (value == null) {
      return "-";
    }
    return switch (signal.kind()) {
      case RATIO -> String.format(Locale.ROOT, "%.1f%%", value * 100);
      case MEAN -> String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
      case COUNT -> String.valueOf(Math.round(value));
    };
  }
}
