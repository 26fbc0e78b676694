package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.ScrapeTargetApp;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code OTEL_METRICS_EXPORTER=prometheus}: the agent serves its metrics for scraping, with the
 * GenAI labels, from a server that neither keeps the JVM alive nor writes to the application's output.
 */
class PrometheusScrapeTest {

  private static final Duration SCRAPE_WAIT = Duration.ofSeconds(30);

  @Test
  void aScrapeShowsTheCallsCounterAndTheDurationHistogramWithProviderAndModel() throws Exception {
    String model = uniqueModel("gpt-4o-scrape");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Files.createTempFile("scrape-target", ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(ForkedJvm.currentJavaHome(), "bin", "java").toString(),
        "-javaagent:" + ForkedJvm.AGENT_JAR, "-cp", ForkedJvm.testClassPath(), ScrapeTargetApp.class.getName(),
        PROVIDER.baseUrl() + "/v1", model));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
    builder.environment().put("OTEL_METRICS_EXPORTER", "prometheus");
    builder.environment().put("OTEL_EXPORTER_PROMETHEUS_HOST", "127.0.0.1");
    builder.environment().put("OTEL_EXPORTER_PROMETHEUS_PORT", Integer.toString(port));
    builder.environment().put("OTEL_TRACES_EXPORTER", "none");
    Process app = builder.start();
    try {
      String scrape = scrapeUntil("http://127.0.0.1:" + port + "/metrics", model, app, log);
      assertTrue(hasSeries(scrape, "driftwatch_llm_calls_total", model), scrape);
      assertTrue(hasSeries(scrape, "gen_ai_client_operation_duration_seconds_count", model), scrape);
      assertTrue(hasSeries(scrape, "gen_ai_client_operation_duration_seconds_bucket", model), scrape);
    } finally {
      app.getOutputStream().close();
    }
    // the scrape server's threads are daemons: once main returns, the JVM exits
    boolean exited = app.waitFor(60, TimeUnit.SECONDS);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (!exited) {
      app.destroyForcibly();
    }
    assertTrue(exited, "the application did not exit with the Prometheus endpoint open:\n" + output);
    assertEquals(0, app.exitValue(), output);
    List<String> foreign = output.lines().filter(line -> !line.startsWith("[driftwatch]")
        && !line.startsWith("status: ") && !line.equals("done") && !line.startsWith("OpenJDK 64-Bit Server VM warning"))
        .toList();
    assertEquals(List.of(), foreign, "lines in the application's output that are not its own or the agent's");
    Files.deleteIfExists(log);
  }

  private static boolean hasSeries(String scrape, String name, String model) {
    return scrape.lines().anyMatch(line -> line.startsWith(name + "{") && line.contains("gen_ai_request_model=\"" + model + "\"")
        && line.contains("gen_ai_provider_name=\"openai\""));
  }

  /** Scrapes until the call's series appear: the analyzer records them off the application's thread. */
  private static String scrapeUntil(String url, String model, Process app, Path log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + SCRAPE_WAIT.toNanos();
    String last = "(nothing scraped)";
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new AssertionError("the application ended early:\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        last = response.body();
        if (response.statusCode() == 200 && hasSeries(last, "driftwatch_llm_calls_total", model)
            && hasSeries(last, "gen_ai_client_operation_duration_seconds_count", model)) {
          return last;
        }
      } catch (java.io.IOException notYetListening) {
        last = notYetListening.toString();
      }
      TimeUnit.MILLISECONDS.sleep(200); // polling interval, not synchronisation: the loop checks the result
    }
    throw new AssertionError("no series for " + model + " within " + SCRAPE_WAIT + "; last scrape:\n" + last
        + "\napplication output:\n" + Files.readString(log));
  }
}
