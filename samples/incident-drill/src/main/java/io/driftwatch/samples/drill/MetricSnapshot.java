package io.driftwatch.samples.drill;

import io.driftwatch.samples.otlp.OtlpReceiver;
import io.driftwatch.samples.otlp.ReceivedMetric;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The cumulative metrics of one service at one moment: for each series (metric name and
 * attributes) the most recent point the receiver got. Two snapshots bracket a phase; their
 * difference is what happened during it.
 */
final class MetricSnapshot {

  static final String CALLS = "driftwatch.llm.calls";
  private static final String SERVICE_NAME = "service.name";
  private static final String OPERATION = "gen_ai.operation.name";

  private record SeriesKey(String name, Map<String, Object> attributes) {}

  private final Map<SeriesKey, ReceivedMetric> latest;
  private final long newestPointNanos;

  private MetricSnapshot(Map<SeriesKey, ReceivedMetric> latest, long newestPointNanos) {
    this.latest = latest;
    this.newestPointNanos = newestPointNanos;
  }

  static MetricSnapshot of(List<ReceivedMetric> points, String serviceName) {
    Map<SeriesKey, ReceivedMetric> latest = new HashMap<>();
    long newest = 0;
    for (ReceivedMetric point : points) {
      if (!serviceName.equals(point.resourceAttributes().get(SERVICE_NAME))) {
        continue;
      }
      latest.merge(new SeriesKey(point.name(), point.attributes()), point,
          (kept, candidate) -> candidate.timeEpochNanos() >= kept.timeEpochNanos() ? candidate : kept);
      newest = Math.max(newest, point.timeEpochNanos());
    }
    return new MetricSnapshot(latest, newest);
  }

  /**
   * Waits until the service has exported at least {@code chatCalls} chat calls, then for one export
   * more, so that every instrument recorded for the last call is in the snapshot too.
   */
  static MetricSnapshot await(OtlpReceiver receiver, String serviceName, long chatCalls, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long countedAt = -1;
    MetricSnapshot snapshot = of(receiver.metrics(), serviceName);
    while (System.nanoTime() < deadline) {
      if (countedAt < 0 && snapshot.counter(CALLS, MetricSnapshot::isChat) >= chatCalls) {
        countedAt = snapshot.newestPointNanos;
      } else if (countedAt >= 0 && snapshot.newestPointNanos > countedAt) {
        return snapshot;
      }
      sleep(100);
      snapshot = of(receiver.metrics(), serviceName);
    }
    throw new IllegalStateException("the agent in " + serviceName + " exported "
        + Math.round(snapshot.counter(CALLS, MetricSnapshot::isChat)) + " chat calls within " + timeout
        + ", expected " + chatCalls + "; is the agent attached and exporting to the receiver?");
  }

  static boolean isChat(Map<String, Object> attributes) {
    return "chat".equals(attributes.get(OPERATION));
  }

  /** Sum of the counter's series whose attributes match. */
  double counter(String name, Predicate<Map<String, Object>> match) {
    return latest.values().stream()
        .filter(p -> p.name().equals(name) && match.test(p.attributes()))
        .mapToDouble(ReceivedMetric::value).sum();
  }

  /** Recordings in the histogram's series whose attributes match. */
  long histogramCount(String name, Predicate<Map<String, Object>> match) {
    return latest.values().stream()
        .filter(p -> p.name().equals(name) && match.test(p.attributes()))
        .mapToLong(ReceivedMetric::count).sum();
  }

  /** Sum of the recorded values in the histogram's series whose attributes match. */
  double histogramSum(String name, Predicate<Map<String, Object>> match) {
    return latest.values().stream()
        .filter(p -> p.name().equals(name) && match.test(p.attributes()))
        .mapToDouble(ReceivedMetric::sum).sum();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for metrics", e);
    }
  }
}
