package io.driftwatch.samples.otlp;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything the receiver has decoded so far. HTTP worker threads add, test threads read and wait;
 * one monitor guards it all, since volumes are test-sized.
 */
final class ReceivedTelemetry {

  private static final int NAMES_SHOWN_ON_TIMEOUT = 50;

  private final List<ReceivedSpan> spans = new ArrayList<>();
  private final List<ReceivedMetric> metrics = new ArrayList<>();
  private final List<ReceivedLog> logs = new ArrayList<>();
  private final ByteArrayOutputStream bodies = new ByteArrayOutputStream();
  private final ReceivedTelemetryListener listener;
  private int acceptedRequests;

  ReceivedTelemetry(ReceivedTelemetryListener listener) {
    this.listener = listener;
  }

  synchronized void recordBody(byte[] body) {
    bodies.writeBytes(body);
  }

  void acceptSpans(List<ReceivedSpan> received) {
    synchronized (this) {
      spans.addAll(received);
      acceptedRequests++;
      notifyAll();
    }
    // Outside the monitor: a slow listener (console output) must not hold up readers.
    received.forEach(listener::onSpan);
  }

  void acceptMetrics(List<ReceivedMetric> received) {
    synchronized (this) {
      metrics.addAll(received);
      acceptedRequests++;
      notifyAll();
    }
    received.forEach(listener::onMetric);
  }

  synchronized void acceptLogs(List<ReceivedLog> received) {
    logs.addAll(received);
    acceptedRequests++;
    notifyAll();
  }

  synchronized List<ReceivedLog> logs() {
    return List.copyOf(logs);
  }

  synchronized List<ReceivedLog> awaitLogs(Predicate<ReceivedLog> match, int count, Duration timeout) {
    return awaitMatching(logs, match, count, timeout, "log record", ReceivedLog::eventName);
  }


  synchronized List<ReceivedSpan> spans() {
    return List.copyOf(spans);
  }

  synchronized List<ReceivedMetric> metrics() {
    return List.copyOf(metrics);
  }

  synchronized byte[] allBodies() {
    return bodies.toByteArray();
  }

  synchronized int acceptedRequests() {
    return acceptedRequests;
  }

  synchronized void clear() {
    spans.clear();
    metrics.clear();
    logs.clear();
    bodies.reset();
    acceptedRequests = 0;
  }

  synchronized List<ReceivedSpan> awaitSpans(Predicate<ReceivedSpan> match, int count, Duration timeout) {
    return awaitMatching(spans, match, count, timeout, "span", s -> s.name() + " (" + s.kind() + ")");
  }

  /** Waits on this monitor until {@code count} items of {@code items} (a list it guards) match. */
  private <T> List<T> awaitMatching(List<T> items, Predicate<T> match, int count, Duration timeout, String what,
      Function<T, String> describe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<T> matching = items.stream().filter(match).toList();
      if (matching.size() >= count) {
        return matching;
      }
      if (!waitUntil(deadline)) {
        throw new AssertionError("expected at least " + count + " matching " + what + "(s) within " + timeout
            + " but " + matching.size() + " matched; received " + items.size() + " " + what + "(s): "
            + describe(items.stream().map(describe).toList()));
      }
    }
  }


  synchronized ReceivedMetric awaitMetric(String name, Predicate<ReceivedMetric> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = metrics.size() - 1; i >= 0; i--) {
        ReceivedMetric point = metrics.get(i);
        if (point.name().equals(name) && match.test(point)) {
          return point;
        }
      }
      if (!waitUntil(deadline)) {
        long sameName = metrics.stream().filter(m -> m.name().equals(name)).count();
        Set<String> names = metrics.stream().map(ReceivedMetric::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
        throw new AssertionError("no point of metric '" + name + "' matched within " + timeout + " ("
            + sameName + " point(s) of that name arrived); metric names seen: "
            + describe(List.copyOf(names)));
      }
    }
  }

  /** Waits on this monitor; false once the deadline has passed. */
  private boolean waitUntil(long deadlineNanos) {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    try {
      wait(Math.max(1, remaining / 1_000_000));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for telemetry", e);
    }
  }

  private static String describe(List<String> names) {
    if (names.size() <= NAMES_SHOWN_ON_TIMEOUT) {
      return names.toString();
    }
    return names.subList(0, NAMES_SHOWN_ON_TIMEOUT) + " and " + (names.size() - NAMES_SHOWN_ON_TIMEOUT) + " more";
  }
}
