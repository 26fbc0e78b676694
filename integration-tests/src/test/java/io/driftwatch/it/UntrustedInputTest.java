package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.HostileInputApp;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from untrusted places (upstream baggage, request headers) that name a file, a network
 * address or an agent setting stay plain strings: the JVM's own flight recorder sees no read of the
 * file, the trap port sees no connection, and the span carries the values as given.
 */
class UntrustedInputTest {

  private static final String FILE_EVENTS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <configuration version="2.0">
        <event name="jdk.FileRead"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
        <event name="jdk.FileWrite"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
      </configuration>
      """;

  @Test
  void hostileBaggageAndHeadersNeverMakeTheAgentReadAFileOrOpenAConnection(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("not-for-the-agent.txt"), "secret contents\n");
    Path settings = Files.writeString(dir.resolve("file-events.jfc"), FILE_EVENTS);
    Path recording = dir.resolve("app.jfr");
    Path control = Files.writeString(dir.resolve("read-by-the-app.txt"), "the app reads this itself\n");
    String model = uniqueModel("gpt-4o-untrusted");
    AtomicInteger trapConnections = new AtomicInteger();
    try (ServerSocket trap = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      trap.setSoTimeout(200);
      Thread watcher = new Thread(() -> {
        while (!trap.isClosed()) {
          try {
            trap.accept().close();
            trapConnections.incrementAndGet();
          } catch (SocketTimeoutException idle) {
            // keep watching
          } catch (Exception closed) {
            return;
          }
        }
      });
      watcher.setDaemon(true);
      watcher.start();
      String trapUrl = "http://127.0.0.1:" + trap.getLocalPort() + "/v1/traces";

      ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
          List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=untrusted-input",
              "-Dotel.instrumentation.genai.metadata.feature-flag-keys=otel.instrumentation.genai.prices-file",
              "-XX:StartFlightRecording=filename=" + recording + ",settings=" + settings),
          ForkedJvm.testClassPath(), Map.of(), HostileInputApp.class.getName(),
          PROVIDER.baseUrl() + "/v1/chat/completions", model, secret.toString(), trapUrl, control.toString());
      assertEquals(0, result.exitCode(), result.output());
      assertTrue(result.output().contains("status=200"), result.output());

      ReceivedSpan span = spanFor(model);
      assertEquals("file://" + secret, span.stringAttr("driftwatch.prompt.version"));
      assertEquals(trapUrl, span.stringAttr("driftwatch.experiment.arm"));
      assertEquals(0, trapConnections.get(), "something connected to the address named in a header");
    }
    List<String> paths = RecordingFile.readAllEvents(recording).stream()
        .filter(event -> event.getEventType().getName().startsWith("jdk.File"))
        .map(UntrustedInputTest::pathOf)
        .toList();
    assertTrue(paths.stream().anyMatch(path -> path.contains("read-by-the-app")),
        "the recording does not see file reads at all: " + paths);
    assertEquals(List.of(), paths.stream().filter(path -> path.contains("not-for-the-agent")).toList(),
        "the file named in a header was read or written");
  }

  private static String pathOf(RecordedEvent event) {
    String path = event.getString("path");
    return path == null ? "" : path;
  }
}
