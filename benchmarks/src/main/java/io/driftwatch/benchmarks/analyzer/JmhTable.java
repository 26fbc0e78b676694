package io.driftwatch.benchmarks.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}, run with {@code -prof gc}) into a Markdown table of
 * time and allocation per call, each as a ratio to the floor (one JSON parse of the body).
 *
 * <p>Usage: {@code JmhTable <results.json> <table.md>}
 */
public final class JmhTable {

  private static final String FLOOR = "a_jsonParseFloor";
  private static final String BOTH_SIDES = "a2_requestAndResponseParse";
  private static final String ANALYZE = "b_analyze";
  private static final String APP_THREAD = "c_appThread";

  private JmhTable() {}

  public static void main(String[] args) throws IOException {
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Map<String, double[]>> byAnswer = new LinkedHashMap<>(); // answer -> benchmark -> {ns, bytes}
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String answer = result.path("params").path("answer").asText();
      double nanos = result.path("primaryMetric").path("score").asDouble();
      double bytes = Double.NaN;
      var secondary = result.path("secondaryMetrics").fields();
      while (secondary.hasNext()) {
        var metric = secondary.next();
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = metric.getValue().path("score").asDouble();
        }
      }
      byAnswer.computeIfAbsent(answer, a -> new LinkedHashMap<>()).put(method, new double[] {nanos, bytes});
    }
    StringBuilder table = new StringBuilder();
    table.append("| Recorded answer | Per call | a) one `readTree` of the response (floor) "
        + "| a2) `readTree` of request and response | b) `CallAnalyzer.analyze` | b ÷ a | b ÷ a2 "
        + "| c) app thread: detect + start + feed bytes | c ÷ a |\n");
    table.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    byAnswer.forEach((answer, methods) -> {
      row(table, answer, "time (ns)", methods, 0);
      row(table, answer, "allocated (bytes)", methods, 1);
    });
    Files.writeString(Path.of(args[1]), table.toString(), StandardCharsets.UTF_8);
    System.out.print(table);
  }

  private static void row(StringBuilder table, String answer, String what, Map<String, double[]> methods, int index) {
    double floor = valueOf(methods, FLOOR, index);
    double bothSides = valueOf(methods, BOTH_SIDES, index);
    double analyze = valueOf(methods, ANALYZE, index);
    double appThread = valueOf(methods, APP_THREAD, index);
    table.append("| ").append(answer).append(" | ").append(what)
        .append(" | ").append(number(floor)).append(" | ").append(number(bothSides))
        .append(" | ").append(number(analyze)).append(" | ").append(ratio(analyze, floor))
        .append(" | ").append(ratio(analyze, bothSides))
        .append(" | ").append(number(appThread)).append(" | ").append(ratio(appThread, floor))
        .append(" |\n");
  }

  private static double valueOf(Map<String, double[]> methods, String method, int index) {
    double[] values = methods.get(method);
    return values == null ? Double.NaN : values[index];
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String ratio(double value, double floor) {
    return Double.isNaN(value) || Double.isNaN(floor) || floor <= 0 ? "—"
        : String.format(Locale.ROOT, "%.2f", value / floor);
  }
}
