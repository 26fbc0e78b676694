package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gemini's REST API called with the JDK's java.net.http.HttpClient, as an application without an
 * SDK would: the model is in the URL, never in the body, and the span must still be named for it.
 */
@Tag("conformance")
class GeminiJdkHttpClientTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String REQUEST = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Name a colour.\"}]}],"
      + "\"systemInstruction\":{\"parts\":[{\"text\":\"Answer in one word.\"}]},"
      + "\"generationConfig\":{\"maxOutputTokens\":64,\"temperature\":0.3,\"topK\":20}}";

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static HttpRequest post(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(PROVIDER.baseUrl() + pathAndQuery))
        .header("Content-Type", "application/json")
        .header("x-goog-api-key", "canary-gemini-key-0123456789")
        .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
        .build();
  }

  @Test
  void generateContentBecomesAGenerateContentSpanForTheModelInThePath() throws Exception {
    String model = uniqueModel("gemini-2.0-flash");
    HttpResponse<String> response =
        CLIENT.send(post("/v1beta/models/" + model + ":generateContent"), HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());

    ReceivedSpan span = spanFor(model);
    assertEquals("generate_content " + model, span.name());
    assertEquals("gcp.gemini", span.stringAttr("gen_ai.provider.name"));
    assertEquals("generate_content", span.stringAttr("gen_ai.operation.name"));
    assertEquals(model, span.stringAttr("gen_ai.response.model"));
    assertEquals(body.path("responseId").asText(), span.stringAttr("gen_ai.response.id"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(body.path("usageMetadata").path("promptTokenCount").asLong(),
        span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(body.path("usageMetadata").path("candidatesTokenCount").asLong(),
        span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals(64L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.3, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertEquals(20L, span.longAttr("gen_ai.request.top_k"));
    assertEquals(false, span.boolAttr("gen_ai.request.stream"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    assertNull(span.doubleAttr("gen_ai.response.time_to_first_chunk"));
  }

  @Test
  void sseStreamGetsUsageChunksAndTimeToFirstChunk() throws Exception {
    String model = uniqueModel("gemini-2.5-flash-stream");
    PROVIDER.setCompletionText("Blue is the colour of the sky today.");
    HttpResponse<java.util.stream.Stream<String>> response = CLIENT.send(
        post("/v1beta/models/" + model + ":streamGenerateContent?alt=sse"), HttpResponse.BodyHandlers.ofLines());
    List<String> events;
    try (var lines = response.body()) {
      events = lines.filter(line -> line.startsWith("data: ")).collect(Collectors.toList());
    }
    JsonNode last = JSON.readTree(events.get(events.size() - 1).substring("data: ".length()));

    ReceivedSpan span = spanFor(model);
    assertEquals("generate_content " + model, span.name());
    assertEquals("gcp.gemini", span.stringAttr("gen_ai.provider.name"));
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(last.path("usageMetadata").path("candidatesTokenCount").asLong(),
        span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals(last.path("usageMetadata").path("promptTokenCount").asLong(),
        span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals((long) events.size(), span.longAttr("driftwatch.stream.chunks"));
    assertEquals("provider", span.stringAttr("driftwatch.stream.usage"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
    RECEIVER.awaitMetric("gen_ai.client.operation.time_to_first_chunk",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
  }
}
