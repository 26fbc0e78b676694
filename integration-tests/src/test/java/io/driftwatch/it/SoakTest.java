package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.SoakApp;
import io.driftwatch.samples.otlp.OtlpReceiver;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Many threads call through the agent for a while, on loopback, while the collector goes away and
 * comes back every two seconds: no application error, no thread leak, heap stable.
 */
class SoakTest {

  private static final Pattern REPORT = Pattern.compile("(warm|end) calls=(\\d+) errors=(\\d+) threads=(\\d+) heapMb=(\\d+)");

  @Test
  void manyThreadsWithAFlappingCollectorLeakNothing() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger spansReceived = new AtomicInteger();
    Thread flapper = flappingCollector(port, running, spansReceived);
    ForkedJvm.Result result;
    try {
      result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
          List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Xmx256m", "-Dotel.service.name=soak-app"),
          ForkedJvm.testClassPath(), Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + port,
              "OTEL_EXPORTER_OTLP_TIMEOUT", "1000"),
          SoakApp.class.getName(), PROVIDER.baseUrl() + "/v1", "8", "60");
    } finally {
      running.set(false);
      flapper.join();
    }

    assertEquals(0, result.exitCode(), result.output());
    Matcher warm = report(result.output(), "warm");
    Matcher end = report(result.output(), "end");
    assertEquals("0", end.group(3), "application errors under the agent");
    assertTrue(Long.parseLong(end.group(2)) > 500, "too few calls to mean anything: " + end.group(0));
    assertTrue(Integer.parseInt(end.group(4)) - Integer.parseInt(warm.group(4)) <= 10,
        "threads grew: " + warm.group(0) + " -> " + end.group(0));
    assertTrue(Integer.parseInt(end.group(5)) - Integer.parseInt(warm.group(5)) <= 64,
        "heap grew: " + warm.group(0) + " -> " + end.group(0));
    assertTrue(spansReceived.get() > 0, "no span got through while the collector was up");
    System.out.println("soak: " + warm.group(0) + " | " + end.group(0) + " | spans received " + spansReceived.get());
  }

  private static Matcher report(String output, String phase) {
    Matcher matcher = REPORT.matcher(output);
    while (matcher.find()) {
      if (matcher.group(1).equals(phase)) {
        return matcher;
      }
    }
    throw new AssertionError("no " + phase + " report in:\n" + output);
  }

  private static Thread flappingCollector(int port, AtomicBoolean running, AtomicInteger spansReceived) {
    Thread thread = new Thread(() -> {
      boolean up = true;
      while (running.get()) {
        if (up) {
          try (OtlpReceiver receiver = OtlpReceiver.start(port)) {
            sleep(2000);
            spansReceived.addAndGet(receiver.spans().size());
          } catch (RuntimeException bindFailed) {
            sleep(200);
          }
        } else {
          sleep(2000);
        }
        up = !up;
      }
    }, "flapping-collector");
    thread.start();
    return thread;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
