package io.driftwatch.benchmarks.overhead;

import java.time.Instant;
import java.util.Locale;

/**
 * The application under test: a small openai-java program, started in its own JVM once per agent
 * configuration. It prints {@code result <name> <value>} lines for the harness.
 *
 * <p>Modes: {@code mode=full} (start-up, memory, per-call costs, throughput) and
 * {@code mode=collector-down} (latency of 1 KB calls while the agent's exports fail).
 */
public final class BenchmarkApp {

  /** Role chunk, one chunk per word (198 words), finish chunk: what the stream stand-in sends. */
  static final int STREAM_CHUNKS = 200;

  private BenchmarkApp() {}

  public static void main(String[] args) throws Exception {
    Arguments arguments = Arguments.parse(args);
    ChatCalls calls = new ChatCalls(arguments.required("small"), arguments.required("large"),
        arguments.required("stream"));
    calls.small();
    result("startup.first_call_epoch_nanos", epochNanos());
    long warmupNanos = arguments.number("warmupSeconds", 2) * 1_000_000_000L;
    long measureNanos = arguments.number("measureSeconds", 3) * 1_000_000_000L;
    int minCalls = arguments.number("minCalls", 50);
    if (arguments.required("mode").equals("collector-down")) {
      long downNanos = arguments.number("downSeconds", 5) * 1_000_000_000L;
      report("collector_down_1kb", CallMeter.measure(warmupNanos, minCalls, downNanos, calls::small));
      System.out.flush();
      Runtime.getRuntime().halt(0); // skip the agents' final flush to a collector that is not there
    }
    Thread.sleep(500); // let background start-up work (exporters, analyzer) settle
    result("memory.heap_used_bytes", ProcessReadings.heapUsedAfterGcBytes());
    result("memory.metaspace_used_bytes", ProcessReadings.metaspaceUsedBytes());
    result("classes.loaded", ProcessReadings.loadedClasses());

    CallMeter.Measured small = CallMeter.measure(warmupNanos, minCalls, measureNanos, calls::small);
    CallMeter.Measured large = CallMeter.measure(warmupNanos, minCalls, measureNanos, calls::large);
    CallMeter.Measured streamed = CallMeter.measure(warmupNanos, minCalls, measureNanos,
        () -> calls.stream(STREAM_CHUNKS));
    report("chat_1kb", small);
    report("chat_50kb", large);
    report("stream_200", streamed);

    double callsPerSecond = ThroughputRun.callsPerSecond(arguments.number("threads", 4),
        arguments.number("throughputWarmupSeconds", 2), arguments.number("throughputSeconds", 4), calls::small);
    result("throughput.calls_per_second", callsPerSecond);
    result("calls.total", calls.made());
    calls.close();
    System.out.flush();
    System.exit(0); // runs the agents' shutdown hooks, which export what is left
  }

  private static void report(String scenario, CallMeter.Measured measured) {
    result(scenario + ".calls", measured.calls());
    result(scenario + ".latency_median_nanos", measured.medianLatencyNanos());
    result(scenario + ".thread_cpu_nanos_per_call", measured.threadCpuNanosPerCall());
    result(scenario + ".thread_allocated_bytes_per_call", measured.threadAllocatedBytesPerCall());
    result(scenario + ".all_threads_allocated_bytes_per_call", measured.allThreadsAllocatedBytesPerCall());
    result(scenario + ".process_cpu_nanos_per_call", measured.processCpuNanosPerCall());
    if (scenario.startsWith("stream")) {
      result(scenario + ".ttft_median_nanos", measured.medianReportedNanos());
    }
  }

  private static long epochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  static void result(String name, double value) {
    System.out.println(String.format(Locale.ROOT, "result %s %.1f", name, value));
  }
}
