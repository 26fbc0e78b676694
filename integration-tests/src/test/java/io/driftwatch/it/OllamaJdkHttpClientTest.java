package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ollama's native API called with the JDK's java.net.http.HttpClient: a whole JSON answer, and the
 * default NDJSON stream read line by line, each one span with the counts of the final line.
 */
@Tag("conformance")
class OllamaJdkHttpClientTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static HttpRequest chat(String model, String streamField) {
    String body = "{\"model\":\"" + model + "\"," + streamField + "\"messages\":[{\"role\":\"system\","
        + "\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}],"
        + "\"options\":{\"temperature\":0.1,\"num_predict\":50}}";
    return HttpRequest.newBuilder(URI.create(PROVIDER.baseUrl() + "/api/chat"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Test
  void wholeChatAnswerBecomesAChatSpanWithEvalCounts() throws Exception {
    String model = uniqueModel("llama3.2");
    HttpResponse<String> response = CLIENT.send(chat(model, "\"stream\":false,"), HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());

    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("ollama", span.stringAttr("gen_ai.provider.name"));
    assertEquals("chat", span.stringAttr("gen_ai.operation.name"));
    assertEquals(model, span.stringAttr("gen_ai.response.model"));
    assertEquals(false, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(body.path("prompt_eval_count").asLong(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(body.path("eval_count").asLong(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals(50L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals((long) PROVIDER.port(), span.longAttr("server.port"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
  }

  @Test
  void ndjsonStreamReadLineByLineGetsUsageChunksAndTimeToFirstChunk() throws Exception {
    String model = uniqueModel("llama3.2-stream");
    PROVIDER.setCompletionText("Sunlight scatters off air molecules, blue most of all.");
    HttpResponse<java.util.stream.Stream<String>> response =
        CLIENT.send(chat(model, ""), HttpResponse.BodyHandlers.ofLines());
    List<JsonNode> lines;
    try (var body = response.body()) {
      lines = body.map(OllamaJdkHttpClientTest::parse).collect(Collectors.toList());
    }
    JsonNode done = lines.get(lines.size() - 1);
    String text = lines.stream().map(line -> line.path("message").path("content").asText()).collect(Collectors.joining());

    ReceivedSpan span = spanFor(model);
    assertEquals("application/x-ndjson", response.headers().firstValue("content-type").orElseThrow());
    assertEquals("chat " + model, span.name());
    assertEquals("ollama", span.stringAttr("gen_ai.provider.name"));
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(done.path("eval_count").asLong(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals(done.path("prompt_eval_count").asLong(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals((long) lines.size() - 1, span.longAttr("driftwatch.stream.chunks"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals((long) text.length(), span.longAttr("driftwatch.output.length"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
    RECEIVER.awaitMetric("gen_ai.client.operation.time_per_output_chunk",
        m -> model.equals(m.stringAttr("gen_ai.request.model")) && m.count() == lines.size() - 2, WAIT);
  }

  @Test
  void closingTheStreamMidwayIsACancelledCall() throws Exception {
    String model = uniqueModel("llama3.2-cancel");
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      ndjson.append("{\"model\":\"").append(model).append("\",\"created_at\":\"2025-07-14T09:12:42Z\",")
          .append("\"message\":{\"role\":\"assistant\",\"content\":\"word").append(i).append(" \"},\"done\":false}\n");
    }
    ndjson.append("{\"model\":\"").append(model).append("\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},")
        .append("\"done_reason\":\"stop\",\"done\":true,\"prompt_eval_count\":9,\"eval_count\":40}\n");
    PROVIDER.enqueue(CannedResponse.of(200, "application/x-ndjson",
        ndjson.toString().getBytes(StandardCharsets.UTF_8), Map.of()).withChunkedBody(120, 20));

    HttpResponse<InputStream> response = CLIENT.send(chat(model, ""), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      reader.readLine();
    }

    ReceivedSpan span = spanFor(model);
    assertEquals("cancelled", span.stringAttr("driftwatch.outcome"));
    assertEquals("closed_early", span.stringAttr("driftwatch.response.outcome"));
    assertEquals("absent", span.stringAttr("driftwatch.stream.usage"));
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
