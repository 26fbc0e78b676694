package io.driftwatch.benchmarks.overhead;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects every run's results per configuration and prints medians and ratios as Markdown. */
final class ResultTable {

  /** One line of the table: a result name, how to show it, and whether the worst run (max) is shown. */
  private record Row(String key, String label, double divisor, boolean worstRun) {}

  private static final List<Row> ROWS = rows();

  private final Map<AgentConfig, Map<String, List<Double>>> samples = new EnumMap<>(AgentConfig.class);

  void add(AgentConfig config, Map<String, Double> results) {
    Map<String, List<Double>> byKey = samples.computeIfAbsent(config, c -> new HashMap<>());
    results.forEach((key, value) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
  }

  String markdown() {
    StringBuilder table = new StringBuilder();
    boolean before = samples.containsKey(AgentConfig.DRIFTWATCH_BEFORE);
    boolean extension = samples.containsKey(AgentConfig.OFFICIAL_WITH_EXTENSION);
    table.append("| Measure | No agent | Driftwatch | × no agent | OTel agent 2.33.1 | × no agent "
        + "| Driftwatch added ÷ OTel added |").append(before ? " Earlier build | its added ÷ OTel added |" : "")
        .append(extension ? " OTel agent + extension | × OTel agent |" : "").append("\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|").append(before ? "---:|---:|" : "")
        .append(extension ? "---:|---:|" : "").append("\n");
    for (Row row : ROWS) {
      double none = value(AgentConfig.NONE, row);
      double driftwatch = value(AgentConfig.DRIFTWATCH, row);
      double official = value(AgentConfig.OFFICIAL_OTEL, row);
      table.append("| ").append(row.label())
          .append(" | ").append(number(none))
          .append(" | ").append(number(driftwatch)).append(" | ").append(ratio(driftwatch, none))
          .append(" | ").append(number(official)).append(" | ").append(ratio(official, none))
          .append(" | ").append(ratio(driftwatch - none, official - none));
      if (before) {
        double earlier = value(AgentConfig.DRIFTWATCH_BEFORE, row);
        table.append(" | ").append(number(earlier)).append(" | ").append(ratio(earlier - none, official - none));
      }
      if (extension) {
        double withExtension = value(AgentConfig.OFFICIAL_WITH_EXTENSION, row);
        table.append(" | ").append(number(withExtension)).append(" | ").append(ratio(withExtension, official));
      }
      table.append(" |\n");
    }
    return table.toString();
  }

  /** The median over runs (or the maximum, for counts of lost telemetry), scaled for display; NaN when absent. */
  private double value(AgentConfig config, Row row) {
    List<Double> values = samples.getOrDefault(config, Map.of()).get(row.key());
    if (values == null || values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    double picked = row.worstRun() ? sorted.get(n - 1)
        : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return picked / row.divisor();
  }

  private static String ratio(double value, double base) {
    if (Double.isNaN(value) || Double.isNaN(base) || base <= 0) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.2f", value / base);
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    double magnitude = Math.abs(value);
    String format = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, format, value);
  }

  private static List<Row> rows() {
    double micros = 1_000;
    double kib = 1024;
    double mib = 1024 * 1024;
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("startup.millis", "Start-up to first served LLM call (ms)", 1, false));
    rows.add(new Row("memory.heap_used_bytes", "Heap used after start, after GC (MiB)", mib, false));
    rows.add(new Row("memory.metaspace_used_bytes", "Metaspace used (MiB)", mib, false));
    rows.add(new Row("classes.loaded", "Loaded classes", 1, false));
    for (String[] scenario : new String[][] {
        {"chat_1kb", "1 KB"}, {"chat_50kb", "50 KB"}, {"stream_200", "stream 200 chunks"}}) {
      String key = scenario[0];
      String name = scenario[1];
      rows.add(new Row(key + ".latency_median_nanos", name + ": latency, median (µs)", micros, false));
      if (key.startsWith("stream")) {
        rows.add(new Row(key + ".ttft_median_nanos", name + ": time to first token, median (µs)", micros, false));
      }
      rows.add(new Row(key + ".thread_cpu_nanos_per_call", name + ": CPU per call, calling thread (µs)", micros, false));
      rows.add(new Row(key + ".process_cpu_nanos_per_call", name + ": CPU per call, whole process (µs)", micros, false));
      rows.add(new Row(key + ".thread_allocated_bytes_per_call",
          name + ": allocated per call, calling thread (KiB)", kib, false));
      rows.add(new Row(key + ".all_threads_allocated_bytes_per_call",
          name + ": allocated per call, all live threads (KiB)", kib, false));
    }
    rows.add(new Row("throughput.calls_per_second", "Throughput, 1 KB calls (calls/s)", 1, false));
    rows.add(new Row("exported.chat_spans_per_call", "Chat spans received ÷ calls made", 1, false));
    rows.add(new Row("exported.driftwatch_dropped", "driftwatch.agent.dropped, worst run", 1, true));
    rows.add(new Row("collector_down_1kb.latency_median_nanos", "Collector down, 1 KB: latency, median (µs)",
        micros, false));
    rows.add(new Row("collector_down_1kb.process_cpu_nanos_per_call",
        "Collector down, 1 KB: CPU per call, whole process (µs)", micros, false));
    return rows;
  }
}
