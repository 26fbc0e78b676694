package io.driftwatch.benchmarks.overhead;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the benchmark app in a fresh JVM, collects its {@code result} lines, keeps its output in a log. */
final class AppRun {

  private AppRun() {}

  /**
   * {@code APP_JVM_FLAGS}, space-separated, for profiling one run: {@code {log}} becomes this run's log
   * name without its extension, e.g. {@code -XX:StartFlightRecording=filename=/tmp/{log}.jfr}.
   */
  private static List<String> extraFlagsFromEnvironment(Path log) {
    String flags = System.getenv("APP_JVM_FLAGS");
    if (flags == null || flags.isBlank()) {
      return List.of();
    }
    String runName = log.getFileName().toString().replaceFirst("\\.log$", "");
    List<String> extra = new ArrayList<>();
    for (String flag : flags.trim().split("\\s+")) {
      extra.add(flag.replace("{log}", runName));
    }
    return extra;
  }

  /**
   * @return every result the app printed, plus {@code startup.millis}: from just before the JVM was
   *     started to the end of its first served LLM call
   */
  static Map<String, Double> run(List<String> jvmFlags, String classPath, List<String> appArguments, Path log,
      long timeoutSeconds) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:ActiveProcessorCount=2");
    command.addAll(jvmFlags);
    command.addAll(extraFlagsFromEnvironment(log));
    command.add("-cp");
    command.add(classPath);
    command.add(BenchmarkApp.class.getName());
    command.addAll(appArguments);
    Files.createDirectories(log.getParent());
    Map<String, Double> results = new LinkedHashMap<>();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
      out.println(String.join(" ", command));
      out.flush();
      long launchedEpochNanos = epochNanos();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      Thread reader = new Thread(() -> readResults(process, out, results), "app-output");
      reader.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("benchmark app did not finish within " + timeoutSeconds + " s; see " + log);
      }
      reader.join(); // after this, the results the reader put are visible here
      if (process.exitValue() != 0) {
        throw new IOException("benchmark app exited with " + process.exitValue() + "; see " + log);
      }
      Double firstCall = results.remove("startup.first_call_epoch_nanos");
      if (firstCall == null) {
        throw new IOException("benchmark app printed no results; see " + log);
      }
      results.put("startup.millis", (firstCall - launchedEpochNanos) / 1e6);
    }
    return results;
  }

  private static void readResults(Process process, PrintWriter log, Map<String, Double> results) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        log.println(line);
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("result")) {
          results.put(parts[1], Double.parseDouble(parts[2]));
        }
      }
    } catch (IOException e) {
      log.println("[harness] lost the app's output: " + e);
    }
    log.flush();
  }

  private static long epochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
