package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Alertmanager with alertmanager.yaml: a page silences the tickets and notifications of the
 * same provider and triage domain, a budget-burn page silences the correlated page of the same
 * model, and nothing else.
 */
class AlertmanagerInhibitionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void aPageSilencesTheRestOfItsIncidentOnly(@TempDir Path storage) throws Exception {
    ExternalTool alertmanager = ExternalTool.require("prometheus-alertmanager", "prometheus-alertmanager", "alertmanager");
    int port = freePort();
    Process process = alertmanager.start(FleetFiles.dir(), List.of(
        "--config.file=alertmanager.yaml", "--storage.path=" + storage,
        "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address="), storage.resolve("alertmanager.log"));
    try {
      String api = "http://127.0.0.1:" + port + "/api/v2/alerts";
      awaitReady("http://127.0.0.1:" + port + "/-/ready", process, storage.resolve("alertmanager.log"));
      post(api, List.of(
          alert("LlmLayersDeviatingTogether", "page", "openai", "prompt_model"),
          alert("LlmBehaviorDrift", "ticket", "openai", "prompt_model"),
          alert("LlmPromptOrModelChanged", "notify", "openai", "prompt_model"),
          alert("LlmApiDeviation", "ticket", "openai", "provider"),
          alert("LlmBehaviorDrift", "ticket", "anthropic", "prompt_model"),
          alert("LlmErrorBudgetBurn", "page", "gcp.gemini", "provider"),
          alert("LlmLayersDeviatingTogether", "page", "gcp.gemini", "provider"),
          alert("LlmApiDeviation", "ticket", "gcp.gemini", "provider")));

      Map<String, Boolean> expected = new TreeMap<>(Map.of(
          "LlmLayersDeviatingTogether openai prompt_model", false,
          "LlmBehaviorDrift openai prompt_model", true,
          "LlmPromptOrModelChanged openai prompt_model", true,
          "LlmApiDeviation openai provider", false,
          "LlmBehaviorDrift anthropic prompt_model", false,
          // an outage: the budget-burn page stays, the correlated page and the ticket are silenced
          "LlmErrorBudgetBurn gcp.gemini provider", false,
          "LlmLayersDeviatingTogether gcp.gemini provider", true,
          "LlmApiDeviation gcp.gemini provider", true));
      Map<String, Boolean> inhibited = Map.of();
      for (long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos(); System.nanoTime() < deadline; ) {
        inhibited = inhibitedByAlert(get(api));
        if (inhibited.equals(expected)) {
          break;
        }
        Thread.sleep(200);
      }
      assertEquals(expected, inhibited, "alert -> inhibited");
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static Map<String, Object> alert(String name, String severity, String provider, String domain) {
    return Map.of("labels", Map.of("alertname", name, "severity", severity, "gen_ai_provider_name", provider,
        "gen_ai_request_model", "some-model", "triage_domain", domain));
  }

  private static Map<String, Boolean> inhibitedByAlert(JsonNode alerts) {
    Map<String, Boolean> result = new TreeMap<>();
    for (JsonNode alert : alerts) {
      JsonNode labels = alert.path("labels");
      String key = labels.path("alertname").asText() + " " + labels.path("gen_ai_provider_name").asText()
          + " " + labels.path("triage_domain").asText();
      result.put(key, !alert.path("status").path("inhibitedBy").isEmpty());
    }
    return result;
  }

  private void awaitReady(String url, Process process, Path log) throws Exception {
    for (long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos(); System.nanoTime() < deadline; ) {
      if (!process.isAlive()) {
        fail("alertmanager exited: " + Files.readString(log));
      }
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    fail("alertmanager not ready: " + Files.readString(log));
  }

  private void post(String url, Object body) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }

  private JsonNode get(String url) throws Exception {
    return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
