package io.driftwatch.replay;

import java.io.PrintStream;
import java.util.List;

/** Prints the replay's tables: baseline against now per prompt version, then prompt versions against each other. */
final class ReplayTables {

  private static final String ROW = "   %-24s %-28s %-28s %-26s %s%n";

  private final PrintStream out;

  ReplayTables(PrintStream out) {
    this.out = out;
  }

  void versionTable(String promptVersion, String provider, String model, int replayed, int total,
      List<SignalRow> rows, List<String> failures) {
    out.printf("%n== prompt version %s · %s %s · %d of %d calls replayed%n", promptVersion, provider, model, replayed,
        total);
    table("baseline (recorded)", "now (replayed)", rows);
    for (String failure : failures.subList(0, Math.min(3, failures.size()))) {
      out.println("   not replayed: " + failure);
    }
    if (failures.size() > 3) {
      out.println("   ... and " + (failures.size() - 3) + " more not replayed");
    }
  }

  void promptTable(String provider, String model, String version, String reference, List<SignalRow> rows) {
    out.printf("%n== prompt version %s against %s, both replayed now · %s %s%n", version, reference, provider, model);
    table(reference + " (now)", version + " (now)", rows);
  }

  private void table(String left, String right, List<SignalRow> rows) {
    out.printf(ROW, "signal", left, right, "difference [95% interval]", "verdict");
    for (SignalRow row : rows) {
      String verdict = row.diverged() ? "DIVERGED" : row.difference().equals("nothing to compare") ? "" : "same";
      out.printf(ROW, row.signal(), row.baseline(), row.now(), row.difference(), verdict);
    }
  }

  void verdict(List<String> modelDivergences, List<String> promptDivergences) {
    out.println();
    if (modelDivergences.isEmpty() && promptDivergences.isEmpty()) {
      out.println("Verdict: no difference beyond normal variance; the model answers recent inputs as it did when"
          + " they were recorded.");
      return;
    }
    if (!modelDivergences.isEmpty()) {
      out.println("Verdict: DIVERGED from the recorded baseline: " + String.join("; ", modelDivergences) + ".");
      out.println("   The same requests get different answers now. If none of your prompts changed, the provider"
          + " changed the model: pin the previous snapshot, check its changelog.");
    }
    if (!promptDivergences.isEmpty()) {
      out.println("Verdict: DIVERGED between prompt versions: " + String.join("; ", promptDivergences) + ".");
      out.println("   The same model answers the prompt versions differently. If the newer version is the one"
          + " just deployed, roll the prompt back.");
    }
  }
}
