package io.driftwatch.fleet.replay;

import java.util.Random;

/**
 * How a recording is played as time-compressed traffic: the normal phase's mix of series for
 * {@code normalMinutes}, then the fault phase's for {@code faultMinutes}, at about
 * {@code callsPerMinute} application calls a minute. The volume varies from minute to minute by up
 * to {@code volumeJitter} (seeded, so every run is the same), as real traffic does; the mix per call
 * is what the agent recorded.
 */
public record TrafficPlan(double callsPerMinute, int normalMinutes, int faultMinutes, double volumeJitter, long seed) {

  /** Enough normal traffic for every baseline (2 hours of history, leaving out the last hour). */
  public static final int DEFAULT_NORMAL_MINUTES = 240;
  public static final int DEFAULT_FAULT_MINUTES = 60;

  public TrafficPlan {
    if (callsPerMinute <= 0 || normalMinutes < 1 || faultMinutes < 1 || volumeJitter < 0 || volumeJitter >= 1) {
      throw new IllegalArgumentException("traffic plan out of range: " + callsPerMinute + " calls a minute, "
          + normalMinutes + " + " + faultMinutes + " minutes, jitter " + volumeJitter);
    }
  }

  public static TrafficPlan at(double callsPerMinute) {
    return new TrafficPlan(callsPerMinute, DEFAULT_NORMAL_MINUTES, DEFAULT_FAULT_MINUTES, 0.15, 42);
  }

  public TrafficPlan withFaultMinutes(int minutes) {
    return new TrafficPlan(callsPerMinute, normalMinutes, minutes, volumeJitter, seed);
  }

  public int totalMinutes() {
    return normalMinutes + faultMinutes;
  }

  /** Calls in each minute: whole calls, never below one. */
  int[] callsByMinute() {
    Random random = new Random(seed);
    int[] calls = new int[totalMinutes()];
    for (int minute = 0; minute < calls.length; minute++) {
      double factor = 1 + volumeJitter * (2 * random.nextDouble() - 1);
      calls[minute] = Math.max(1, (int) Math.round(callsPerMinute * factor));
    }
    return calls;
  }
}
