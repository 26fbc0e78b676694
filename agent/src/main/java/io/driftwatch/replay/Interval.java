package io.driftwatch.replay;

/** A point estimate with a 95 % interval around it. */
record Interval(double value, double low, double high) {

  /** The interval lies wholly on one side of zero. */
  boolean excludesZero() {
    return low > 0 || high < 0;
  }
}
