package io.driftwatch.fleet.replay;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What the real rules made of one replayed recording: every alert that fired (and when), and, when
 * asked for, each signal's value minute by minute around the onset, for charts.
 *
 * @param timelines series name (rule name and its signal label) to minute (after the onset) to value
 */
public record ReplayResult(String scenario, TrafficPlan plan, List<FiredAlert> alerts,
    Map<String, SortedMap<Integer, Double>> timelines) {

  public ReplayResult {
    alerts = alerts.stream().sorted(Comparator.comparingDouble(FiredAlert::minutesAfterOnset)).toList();
    timelines = Map.copyOf(timelines);
  }

  /** The first page after the onset. */
  public Optional<FiredAlert> firstPage() {
    return alerts.stream().filter(a -> a.isPage() && a.minutesAfterOnset() >= 0).findFirst();
  }

  /** The first ticket after the onset. */
  public Optional<FiredAlert> firstTicket() {
    return alerts.stream().filter(a -> a.isTicket() && a.minutesAfterOnset() >= 0).findFirst();
  }

  /** Alerts of any severity but notifications that fired before the onset: noise on normal traffic. */
  public List<FiredAlert> beforeOnset() {
    return alerts.stream().filter(a -> a.minutesAfterOnset() < 0 && !"notify".equals(a.severity())).toList();
  }

  /** Pages and tickets, notifications left out. */
  public List<FiredAlert> pagesAndTickets() {
    return alerts.stream().filter(a -> a.isPage() || a.isTicket()).toList();
  }
}
