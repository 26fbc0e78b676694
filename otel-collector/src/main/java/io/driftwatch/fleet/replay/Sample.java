package io.driftwatch.fleet.replay;

import java.util.Map;

/** One element of an instant vector promtool evaluated: its labels and value. */
public record Sample(Map<String, String> labels, double value) {
  public Sample {
    labels = Map.copyOf(labels);
  }

  public String label(String name) {
    return labels.getOrDefault(name, "");
  }
}
