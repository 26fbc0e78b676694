package io.driftwatch.benchmarks.overhead;

import io.driftwatch.samples.otlp.OtlpReceiver;
import io.driftwatch.samples.otlp.ReceivedMetric;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmark app once per configuration per round (the order rotates each round), against
 * provider stand-ins and an OTLP receiver in this process, and prints medians and ratios.
 *
 * <p>Arguments ({@code key=value}): {@code driftwatchAgent}, {@code officialAgent}, optionally {@code baselineAgent}
 * (an earlier Driftwatch build, run as one more configuration), optionally {@code extensionAgent} (the
 * extension jar, run beside the official agent as one more configuration), {@code appClassPath},
 * {@code out} (folder for the table and logs), {@code rounds}, and the app's settings, passed on as given:
 * {@code warmupSeconds}, {@code measureSeconds}, {@code minCalls}, {@code threads},
 * {@code throughputWarmupSeconds}, {@code throughputSeconds}, {@code downSeconds}.
 */
public final class OverheadHarness {

  private static final long APP_TIMEOUT_SECONDS = 600;
  private static final List<String> APP_SETTINGS = List.of(
      "warmupSeconds", "measureSeconds", "minCalls", "threads", "throughputWarmupSeconds", "throughputSeconds",
      "downSeconds");

  private OverheadHarness() {}

  public static void main(String[] args) throws Exception {
    Arguments arguments = Arguments.parse(args);
    Path driftwatchJar = Path.of(arguments.required("driftwatchAgent"));
    Map<AgentConfig, Path> jars = new EnumMap<>(AgentConfig.class);
    jars.put(AgentConfig.DRIFTWATCH, driftwatchJar);
    jars.put(AgentConfig.OFFICIAL_OTEL, Path.of(arguments.required("officialAgent")));
    String baselineJar = arguments.text("baselineAgent", null);
    List<AgentConfig> configs = new ArrayList<>(List.of(AgentConfig.values()));
    if (baselineJar == null || baselineJar.isEmpty()) {
      configs.remove(AgentConfig.DRIFTWATCH_BEFORE);
    } else {
      jars.put(AgentConfig.DRIFTWATCH_BEFORE, Path.of(baselineJar));
    }
    String extensionJar = arguments.text("extensionAgent", null);
    if (extensionJar == null || extensionJar.isEmpty()) {
      configs.remove(AgentConfig.OFFICIAL_WITH_EXTENSION);
    } else {
      jars.put(AgentConfig.OFFICIAL_WITH_EXTENSION, Path.of(extensionJar));
    }
    String appClassPath = arguments.required("appClassPath");
    Path out = Path.of(arguments.text("out", "benchmarks/target/overhead"));
    int rounds = arguments.number("rounds", 3);
    List<String> settings = new ArrayList<>();
    for (String key : APP_SETTINGS) {
      String value = arguments.text(key, null);
      if (value != null) {
        settings.add(key + "=" + value);
      }
    }
    ResultTable table = new ResultTable();
    List<String> failures = new ArrayList<>();
    String answers;
    try (StandIns standIns = StandIns.start(); OtlpReceiver receiver = OtlpReceiver.start()) {
      answers = standIns.describe();
      System.out.println("[harness] " + answers + "; receiver at " + receiver.endpoint());
      String closedPort = "http://127.0.0.1:" + closedPort();
      for (int round = 1; round <= rounds; round++) {
        for (String mode : List.of("full", "collector-down")) {
          for (AgentConfig config : rotated(round, configs)) {
            String endpoint = mode.equals("full") ? receiver.endpoint() : closedPort;
            List<String> appArguments = new ArrayList<>(List.of("mode=" + mode, "small=" + standIns.smallUrl(),
                "large=" + standIns.largeUrl(), "stream=" + standIns.streamUrl()));
            appArguments.addAll(settings);
            Path log = out.resolve("logs").resolve(String.format(Locale.ROOT, "round%d-%s-%s.log",
                round, config.name().toLowerCase(Locale.ROOT), mode));
            System.out.printf(Locale.ROOT, "[harness] round %d/%d, %s, %s ...%n", round, rounds, mode, config.label());
            receiver.clear();
            standIns.forgetRequests();
            try {
              Map<String, Double> results = AppRun.run(config.jvmFlags(jars, endpoint),
                  appClassPath, appArguments, log, APP_TIMEOUT_SECONDS);
              if (mode.equals("full")) {
                results.putAll(exported(config, receiver, results.get("calls.total")));
              } else {
                results.remove("startup.millis"); // start-up is taken from the full runs only
              }
              table.add(config, results);
            } catch (IOException | RuntimeException e) {
              failures.add(config.label() + " " + mode + " round " + round + ": " + e.getMessage());
              System.out.println("[harness] FAILED: " + e.getMessage());
            }
          }
        }
      }
    }
    String markdown = table.markdown();
    Files.createDirectories(out);
    Files.writeString(out.resolve("overhead-table.md"), "Loopback stand-in: " + answers + ". Medians of "
        + rounds + " rounds.\n\n" + markdown, StandardCharsets.UTF_8);
    System.out.println(markdown);
    if (!failures.isEmpty()) {
      System.out.println("[harness] failed runs:\n  " + String.join("\n  ", failures));
      System.exit(1);
    }
  }

  /** Chat spans received per call made, and Driftwatch's own count of dropped telemetry. */
  private static Map<String, Double> exported(AgentConfig config, OtlpReceiver receiver, Double callsMade) {
    Map<String, Double> exported = new HashMap<>();
    if (config == AgentConfig.NONE || callsMade == null) {
      return exported;
    }
    long chatSpans = receiver.spans().stream().filter(span -> span.name().startsWith("chat")).count();
    exported.put("exported.chat_spans_per_call", chatSpans / callsMade);
    if (config.isDriftwatch()) {
      Map<String, Double> latestByReason = new HashMap<>(); // cumulative counters: the largest point is the total
      for (ReceivedMetric point : receiver.metrics()) {
        if (point.name().equals("driftwatch.agent.dropped")) {
          latestByReason.merge(String.valueOf(point.attributes()), point.value(), Math::max);
        }
      }
      exported.put("exported.driftwatch_dropped", latestByReason.values().stream().mapToDouble(d -> d).sum());
    }
    return exported;
  }

  /** The configurations, starting at a different one each round so no one always runs first. */
  private static List<AgentConfig> rotated(int round, List<AgentConfig> all) {
    List<AgentConfig> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(all.get((round - 1 + i) % all.size()));
    }
    return order;
  }

  /** A loopback port nothing listens on: what a collector that is down looks like. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
