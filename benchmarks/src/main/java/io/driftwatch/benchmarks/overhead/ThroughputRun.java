package io.driftwatch.benchmarks.overhead;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/** Closed-loop throughput: a fixed pool of threads each calling back to back until a deadline. */
final class ThroughputRun {

  private ThroughputRun() {}

  /** @return calls per second over the measured window (the warm-up seconds are not counted) */
  static double callsPerSecond(int threads, int warmupSeconds, int seconds, LongSupplier call) throws Exception {
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long end = measureFrom + seconds * 1_000_000_000L;
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Long>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(pool.submit(() -> {
        long measured = 0;
        for (long now = System.nanoTime(); now < end && failure.get() == null; now = System.nanoTime()) {
          try {
            call.getAsLong();
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          }
          if (now >= measureFrom) {
            measured++;
          }
        }
        return measured;
      }));
    }
    long measured = 0;
    for (Future<Long> worker : workers) {
      measured += worker.get();
    }
    pool.shutdown();
    if (failure.get() != null) {
      throw new IllegalStateException("a call failed during the throughput run", failure.get());
    }
    return measured / (double) seconds;
  }
}
