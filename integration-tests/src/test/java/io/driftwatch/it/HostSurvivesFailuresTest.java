package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.MixedClientsApp;
import io.driftwatch.samples.otlp.ReceivedMetric;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failing agent or a failing collector never changes what the application gets: the same
 * application prints the same answers with no agent, with a collector that is down or hangs,
 * and with faults injected into every seam of the agent. The collector faults run while a second
 * process keeps the CPU busy, and the application's output must then hold nothing but its own
 * lines and the agent's one-line log: none of the SDK's java.util.logging lines or stack traces.
 */
class HostSurvivesFailuresTest {

  private static final String MODEL = uniqueModel("gpt-4o-survive");
  private static String baseline;
  private static Set<String> baselineLines;

  @BeforeAll
  static void runWithoutAgent() throws Exception {
    ForkedJvm.Result withoutAgent = run(List.of(), Map.of());
    baseline = answers(withoutAgent);
    baselineLines = Set.copyOf(withoutAgent.output().lines().toList());
  }

  /** Output lines that neither the application printed without the agent nor the agent's own log. */
  private static List<String> foreignLines(ForkedJvm.Result result) {
    return result.output().lines().filter(line -> !baselineLines.contains(line) && !line.startsWith("[driftwatch] ")
        && !line.startsWith("OpenJDK 64-Bit Server VM warning: Sharing is only supported")).toList();
  }

  private static ForkedJvm.Result runLoaded(Map<String, String> env, String... jvmArgs) throws Exception {
    List<String> args = new ArrayList<>(List.of("-javaagent:" + ForkedJvm.AGENT_JAR));
    args.addAll(List.of(jvmArgs));
    try (CpuLoad load = CpuLoad.start(2)) {
      ForkedJvm.Result result = run(args, env);
      assertEquals(List.of(), foreignLines(result), "the application's output got lines that are not its own:\n"
          + result.output());
      return result;
    }
  }

  private static ForkedJvm.Result run(List<String> jvmArgs, Map<String, String> env) throws Exception {
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(), jvmArgs, ForkedJvm.testClassPath(), env,
        MixedClientsApp.class.getName(), PROVIDER.baseUrl() + "/v1", MODEL);
    assertEquals(0, result.exitCode(), result.output());
    return result;
  }

  private static String answers(ForkedJvm.Result result) {
    return String.join("\n", result.output().lines()
        .filter(line -> line.startsWith("plain: ") || line.startsWith("streamed: ") || line.startsWith("jdk: ")).toList());
  }

  @ParameterizedTest(name = "fault injected at {0}")
  @ValueSource(strings = {"analyzer", "exchange-bytes", "stream-event", "okhttp", "jdk-httpclient",
      "analyzer,exchange-bytes,stream-event,okhttp,jdk-httpclient"})
  void faultInsideTheAgentLeavesTheApplicationsResultsUnchanged(String points) throws Exception {
    String service = "faulty-" + Integer.toHexString(points.hashCode());
    ForkedJvm.Result result = run(List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Ddriftwatch.fault-injection=" + points,
        "-Dotel.service.name=" + service), Map.of());
    assertEquals(3, answers(result).lines().count(), result.output());
    assertEquals(baseline, answers(result));
    ReceivedMetric dropped = RECEIVER.awaitMetric("driftwatch.agent.dropped",
        m -> service.equals(m.resourceAttributes().get("service.name")), AgentHarness.WAIT);
    assertTrue(dropped.value() >= 1, "the injected failures were not counted");
  }

  @Test
  void collectorDownLeavesTheApplicationUnchangedAndLogsLittle() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ForkedJvm.Result result = runLoaded(
        Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + closedPort, "OTEL_METRIC_EXPORT_INTERVAL", "100"));
    assertEquals(baseline, answers(result));
    long exportComplaints = result.output().lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("export")).count();
    assertTrue(exportComplaints <= 6, "too much logging while the collector is down:\n" + result.output());
  }

  @Test
  void collectorThatAcceptsButNeverAnswersLeavesTheApplicationUnchanged() throws Exception {
    try (ServerSocket blackHole = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            blackHole.accept(); // hold the connection open, never answer
          }
        } catch (Exception closed) {
          // test over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      ForkedJvm.Result result = runLoaded(
          Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + blackHole.getLocalPort(),
              "OTEL_EXPORTER_OTLP_TIMEOUT", "2000", "OTEL_METRIC_EXPORT_INTERVAL", "100"),
          "-Dotel.instrumentation.genai.shutdown-timeout=300ms");
      assertEquals(baseline, answers(result));
      // the final export can never finish against a black hole: the exit hook gives up after its budget
      assertTrue(result.output().contains("[driftwatch] final telemetry export abandoned after 300 ms"), result.output());
    }
  }

  @Test
  void collectorThatAnswersAfterSecondsLeavesTheApplicationUnchanged() throws Exception {
    try (MisbehavingCollector slow = MisbehavingCollector.answering(200, 3_000)) {
      ForkedJvm.Result result = runLoaded(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", slow.endpoint()));
      assertEquals(baseline, answers(result));
      assertTrue(slow.requests() >= 1, "the agent never tried to export");
    }
  }

  @Test
  void collectorThatRejectsEveryExportLeavesTheApplicationUnchangedAndLogsLittle() throws Exception {
    try (MisbehavingCollector failing = MisbehavingCollector.answering(503, 0)) {
      ForkedJvm.Result result = runLoaded(
          Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", failing.endpoint(), "OTEL_METRIC_EXPORT_INTERVAL", "100"));
      assertEquals(baseline, answers(result));
      assertTrue(failing.requests() >= 2, "the agent never tried to export");
      long exportComplaints = result.output().lines().filter(l -> l.toLowerCase(Locale.ROOT).contains("export")).count();
      assertTrue(exportComplaints <= 6, "too much logging while the collector fails:\n" + result.output());
    }
  }
}
