package io.driftwatch.benchmarks.overhead;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Runs one kind of call repeatedly on the current thread and reads, per call: wall-clock latency,
 * the calling thread's CPU time and allocated bytes, the whole process's CPU time (every thread,
 * so an agent's background work counts too), and a time the call itself reports (time to first token).
 */
final class CallMeter {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Medians and per-call means over the measured calls. */
  record Measured(long calls, double medianLatencyNanos, double medianReportedNanos, double threadCpuNanosPerCall,
      double threadAllocatedBytesPerCall, double allThreadsAllocatedBytesPerCall, double processCpuNanosPerCall) {}

  private CallMeter() {}

  /**
   * Calls back to back for {@code warmupNanos} without measuring (so the JIT compiles the path), then
   * measures calls until there were at least {@code minCalls} and at least {@code minNanos} passed: the
   * process CPU clock ticks in steps of several milliseconds, so the window must be long.
   */
  static Measured measure(long warmupNanos, int minCalls, long minNanos, LongSupplier call) {
    for (long warm = System.nanoTime() + warmupNanos; System.nanoTime() < warm; ) {
      call.getAsLong();
    }
    long[] latencies = new long[Math.max(1, minCalls)];
    long[] reported = new long[latencies.length];
    int calls = 0;
    long allThreadsBefore = allThreadsAllocatedBytes();
    long processCpuBefore = OS.getProcessCpuTime();
    long threadCpuBefore = THREADS.getCurrentThreadCpuTime();
    long threadAllocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    long deadline = System.nanoTime() + minNanos;
    while (calls < minCalls || System.nanoTime() < deadline) {
      if (calls == latencies.length) {
        latencies = Arrays.copyOf(latencies, calls * 2);
        reported = Arrays.copyOf(reported, calls * 2);
      }
      long start = System.nanoTime();
      reported[calls] = call.getAsLong();
      latencies[calls] = System.nanoTime() - start;
      calls++;
    }
    latencies = Arrays.copyOf(latencies, calls);
    reported = Arrays.copyOf(reported, calls);
    long threadAllocated = THREADS.getCurrentThreadAllocatedBytes() - threadAllocatedBefore;
    long threadCpu = THREADS.getCurrentThreadCpuTime() - threadCpuBefore;
    long processCpu = OS.getProcessCpuTime() - processCpuBefore;
    long allThreadsAllocated = allThreadsAllocatedBytes() - allThreadsBefore;
    return new Measured(calls, median(latencies), median(reported), (double) threadCpu / calls,
        (double) threadAllocated / calls, (double) allThreadsAllocated / calls, (double) processCpu / calls);
  }

  /** Bytes allocated by every live thread; threads that ended in between are missed. */
  static long allThreadsAllocatedBytes() {
    long total = 0;
    for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}
