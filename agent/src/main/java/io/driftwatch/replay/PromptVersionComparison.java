package io.driftwatch.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers of one prompt version now against those of the earliest version recorded for the
 * same provider and model, now: with the model held still, what the prompt change did. Both sides
 * are this replay's answers, so a provider-side change moves them together and cancels out here.
 */
final class PromptVersionComparison {

  private PromptVersionComparison() {}

  static List<SignalRow> rows(List<ReplayedCall> reference, List<ReplayedCall> version, Thresholds limits) {
    List<ReplayedCall> before = reference.stream().filter(ReplayedCall::answered).toList();
    List<ReplayedCall> now = version.stream().filter(ReplayedCall::answered).toList();
    List<SignalRow> rows = new ArrayList<>();
    rows.add(VersionComparison.rateRow("refusal rate", refusals(before), before.size(), refusals(now), now.size(),
        limits.refusal(), true));
    List<ReplayedCall> structuredBefore = structured(before);
    List<ReplayedCall> structuredNow = structured(now);
    rows.add(VersionComparison.rateRow("format compliance", compliant(structuredBefore), structuredBefore.size(),
        compliant(structuredNow), structuredNow.size(), limits.format(), false));
    List<Double> lengthsBefore = lengths(before);
    List<Double> lengthsNow = lengths(now);
    if (!lengthsBefore.isEmpty() && !lengthsNow.isEmpty()) {
      rows.add(VersionComparison.lengthRow("output length", Estimates.mean(lengthsBefore), lengthsBefore.size(),
          Estimates.mean(lengthsNow), lengthsNow.size(), Estimates.meanDifference(lengthsBefore, lengthsNow),
          limits.length()));
    }
    return rows;
  }

  private static long refusals(List<ReplayedCall> calls) {
    return calls.stream().filter(c -> Boolean.TRUE.equals(VersionComparison.behavior(c).refusal())).count();
  }

  private static List<ReplayedCall> structured(List<ReplayedCall> calls) {
    return calls.stream().filter(c -> VersionComparison.behavior(c).formatCompliant() != null
        || c.recorded().formatCompliant() != null).toList();
  }

  private static long compliant(List<ReplayedCall> calls) {
    return calls.stream().filter(c -> Boolean.TRUE.equals(VersionComparison.behavior(c).formatCompliant())).count();
  }

  private static List<Double> lengths(List<ReplayedCall> calls) {
    return calls.stream().map(c -> (double) VersionComparison.behavior(c).outputLength()).toList();
  }
}
