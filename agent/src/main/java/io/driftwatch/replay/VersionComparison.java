package io.driftwatch.replay;

import io.driftwatch.genai.analysis.report.CallReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Baseline (what the set recorded) against now (the replayed answers) for the cases of one
 * provider, model and prompt version: each behavioral signal with its sample size and 95 % interval,
 * and whether the difference is both outside that interval and past its threshold.
 */
final class VersionComparison {

  private VersionComparison() {}

  static List<SignalRow> rows(List<ReplayedCall> calls, Thresholds limits, boolean embeddings) {
    List<ReplayedCall> answered = calls.stream().filter(ReplayedCall::answered).toList();
    List<SignalRow> rows = new ArrayList<>();
    int n = answered.size();
    long refusedBefore = answered.stream().filter(c -> c.recorded().refusal()).count();
    long refusedNow = answered.stream().filter(c -> Boolean.TRUE.equals(behavior(c).refusal())).count();
    rows.add(rateRow("refusal rate", refusedBefore, refusedNow, n, limits.refusal(), true));

    List<ReplayedCall> structured = answered.stream().filter(c -> c.recorded().formatCompliant() != null).toList();
    long compliantBefore = structured.stream().filter(c -> c.recorded().formatCompliant()).count();
    long compliantNow = structured.stream().filter(c -> Boolean.TRUE.equals(behavior(c).formatCompliant())).count();
    rows.add(rateRow("format compliance", compliantBefore, compliantNow, structured.size(), limits.format(), false));

    rows.add(lengthRow(answered, limits.length()));

    List<Double> structureMatches = new ArrayList<>();
    List<Double> similarities = new ArrayList<>();
    List<Double> cosines = new ArrayList<>();
    for (ReplayedCall call : answered) {
      Boolean same = AnswerStructure.sameStructure(call.recorded().answer(), call.now().answer());
      if (same != null) {
        structureMatches.add(same ? 1.0 : 0.0);
      }
      similarities.add(AnswerSimilarity.tokenF1(call.recorded().answer(), call.now().answer()));
    }
    if (!structureMatches.isEmpty()) {
      long matching = structureMatches.stream().filter(v -> v == 1.0).count();
      Interval rate = Estimates.rate(matching, structureMatches.size());
      rows.add(new SignalRow("JSON structure kept", "", percent(rate) + " " + range(rate) + " n=" + structureMatches.size(),
          "", rate.high() < 1 - limits.structure()));
    }
    rows.add(scoreRow("similarity (token F1)", similarities, limits.similarity()));
    if (embeddings) {
      for (ReplayedCall call : answered) {
        if (call.cosine() != null) {
          cosines.add(call.cosine());
        }
      }
      rows.add(scoreRow("similarity (embeddings)", cosines, limits.cosine()));
    }
    return rows;
  }

  static CallReport.Behavior behavior(ReplayedCall call) {
    return call.now().report().behavior();
  }

  /** @param risingIsWorse refusals get worse as they rise, compliance as it falls */
  static SignalRow rateRow(String signal, long hitsBefore, long hitsNow, int n, double threshold,
      boolean risingIsWorse) {
    return rateRow(signal, hitsBefore, n, hitsNow, n, threshold, risingIsWorse);
  }

  static SignalRow rateRow(String signal, long hitsBefore, int nBefore, long hitsNow, int nNow, double threshold,
      boolean risingIsWorse) {
    if (nBefore == 0 || nNow == 0) {
      return new SignalRow(signal, "n=" + nBefore, "n=" + nNow, "nothing to compare", false);
    }
    Interval before = Estimates.rate(hitsBefore, nBefore);
    Interval now = Estimates.rate(hitsNow, nNow);
    Interval difference = Estimates.rateDifference(before, now);
    double worsening = risingIsWorse ? difference.value() : -difference.value();
    boolean diverged = difference.excludesZero() && worsening >= threshold;
    return new SignalRow(signal, percent(before) + " " + range(before) + " n=" + nBefore,
        percent(now) + " " + range(now) + " n=" + nNow,
        String.format(Locale.ROOT, "%+.1f pp [%+.1f, %+.1f]", 100 * difference.value(), 100 * difference.low(),
            100 * difference.high()), diverged);
  }

  private static SignalRow lengthRow(List<ReplayedCall> answered, double threshold) {
    List<Double> before = new ArrayList<>();
    List<Double> now = new ArrayList<>();
    List<Double> differences = new ArrayList<>();
    for (ReplayedCall call : answered) {
      before.add((double) call.recorded().outputLength());
      now.add((double) behavior(call).outputLength());
      differences.add((double) behavior(call).outputLength() - call.recorded().outputLength());
    }
    if (answered.isEmpty()) {
      return new SignalRow("output length", "n=0", "n=0", "", false);
    }
    Interval meanBefore = Estimates.mean(before);
    Interval meanNow = Estimates.mean(now);
    Interval change = Estimates.mean(differences); // paired: the same requests before and now
    return lengthRow("output length", meanBefore, before.size(), meanNow, now.size(), change, threshold);
  }

  static SignalRow lengthRow(String signal, Interval meanBefore, int nBefore, Interval meanNow, int nNow,
      Interval change, double threshold) {
    double base = Math.max(1, meanBefore.value());
    boolean diverged = change.excludesZero() && Math.abs(change.value()) / base >= threshold;
    return new SignalRow(signal, chars(meanBefore) + " n=" + nBefore, chars(meanNow) + " n=" + nNow,
        String.format(Locale.ROOT, "%+.0f%% [%+.0f, %+.0f]", 100 * change.value() / base,
            100 * change.low() / base, 100 * change.high() / base), diverged);
  }

  private static SignalRow scoreRow(String signal, List<Double> scores, double threshold) {
    if (scores.isEmpty()) {
      return new SignalRow(signal, "", "n=0", "", false);
    }
    Interval mean = Estimates.mean(scores);
    Interval clipped = new Interval(mean.value(), Math.max(0, mean.low()), Math.min(1, mean.high()));
    return new SignalRow(signal, "1.00 (itself)", String.format(Locale.ROOT, "%.2f [%.2f, %.2f] n=%d",
        clipped.value(), clipped.low(), clipped.high(), scores.size()),
        String.format(Locale.ROOT, "below %.2f?", threshold), clipped.high() < threshold);
  }

  static String percent(Interval rate) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * rate.value());
  }

  static String range(Interval rate) {
    return String.format(Locale.ROOT, "[%.0f, %.0f]", 100 * rate.low(), 100 * rate.high());
  }

  private static String chars(Interval mean) {
    if (Double.isInfinite(mean.low())) {
      return String.format(Locale.ROOT, "%.0f chars", mean.value());
    }
    return String.format(Locale.ROOT, "%.0f [%.0f, %.0f] chars", mean.value(), mean.low(), mean.high());
  }
}
