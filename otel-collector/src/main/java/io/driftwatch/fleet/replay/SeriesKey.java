package io.driftwatch.fleet.replay;

import java.math.BigDecimal;

/** Small helpers for series written as {@code name{labels}}, the exposition and promtool syntax. */
final class SeriesKey {

  private SeriesKey() {}

  static String metricName(String series) {
    int brace = series.indexOf('{');
    return brace < 0 ? series : series.substring(0, brace);
  }

  /** A number as promtool and the recording read it back: no exponent, no trailing zeros. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(value).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
  }
}
