package io.driftwatch.replay;

import java.util.List;

/**
 * The 95 % intervals the replay tables print (docs/replay-set.md, "How to read the table"): Wilson
 * score intervals for rates, Newcombe's hybrid Wilson interval for the difference of two rates, and
 * Student's t intervals for a mean and for the mean of paired differences.
 */
final class Estimates {

  static final double Z95 = 1.959964;
  /** Two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom. */
  private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
      2.056, 2.052, 2.048, 2.045, 2.042};

  private Estimates() {}

  /** Wilson score interval of {@code hits} in {@code n}; n = 0 gives the whole range. */
  static Interval rate(long hits, long n) {
    if (n == 0) {
      return new Interval(Double.NaN, 0, 1);
    }
    double p = (double) hits / n;
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
  }

  /** Newcombe's interval for {@code now - baseline}, built from the two Wilson intervals. */
  static Interval rateDifference(Interval baseline, Interval now) {
    double difference = now.value() - baseline.value();
    double low = difference - Math.sqrt(square(now.value() - now.low()) + square(baseline.high() - baseline.value()));
    double high = difference + Math.sqrt(square(now.high() - now.value()) + square(baseline.value() - baseline.low()));
    return new Interval(difference, low, high);
  }

  /** Mean with a t interval; one value gives an interval as wide as the value is uncertain (infinite). */
  static Interval mean(List<Double> values) {
    int n = values.size();
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
    if (n == 1) {
      return new Interval(mean, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    double half = t95(n - 1) * Math.sqrt(variance(values) / n);
    return new Interval(mean, mean - half, mean + half);
  }

  /**
   * {@code mean(now) - mean(before)} for two independent samples, with Welch's standard error and,
   * to stay on the safe side, the t quantile of the smaller sample.
   */
  static Interval meanDifference(List<Double> before, List<Double> now) {
    Interval a = mean(before);
    Interval b = mean(now);
    if (before.size() < 2 || now.size() < 2) {
      return new Interval(b.value() - a.value(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    double standardError = Math.sqrt(variance(before) / before.size() + variance(now) / now.size());
    double half = t95(Math.min(before.size(), now.size()) - 1) * standardError;
    double difference = b.value() - a.value();
    return new Interval(difference, difference - half, difference + half);
  }

  private static double variance(List<Double> values) {
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    double squares = 0;
    for (double value : values) {
      squares += square(value - mean);
    }
    return squares / (values.size() - 1);
  }

  static double t95(int degreesOfFreedom) {
    return degreesOfFreedom <= T95.length ? T95[degreesOfFreedom - 1] : Z95;
  }

  private static double square(double value) {
    return value * value;
  }
}
