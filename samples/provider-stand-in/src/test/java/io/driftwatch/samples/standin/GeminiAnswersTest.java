package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gemini's wire shapes: the model from the path, candidates, usageMetadata, SSE with alt=sse. */
class GeminiAnswersTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String REQUEST = "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"}]}]}";

  private final ProviderStandIn standIn = ProviderStandIn.start();

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void generateContentAnswersWithACandidateUsageAndTheModelFromThePath() throws Exception {
    standIn.setCompletionText("Hi there");
    HttpResponse<String> response =
        PlainHttp.post(standIn, "/v1beta/models/gemini-2.0-flash:generateContent", REQUEST);

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    JsonNode body = MAPPER.readTree(response.body());
    JsonNode candidate = body.path("candidates").path(0);
    assertEquals("Hi there", candidate.path("content").path("parts").path(0).path("text").asText());
    assertEquals("model", candidate.path("content").path("role").asText());
    assertEquals("STOP", candidate.path("finishReason").asText());
    assertEquals("gemini-2.0-flash", body.path("modelVersion").asText());
    assertEquals(2, body.path("usageMetadata").path("candidatesTokenCount").asInt());
    assertTrue(body.path("usageMetadata").path("promptTokenCount").asInt() > 0);
    assertFalse(body.path("responseId").asText().isEmpty());
  }

  @Test
  void streamWithAltSseIsCrLfEventsAndOnlyTheLastHasTheFinishReasonAndOutputCount() throws Exception {
    standIn.setCompletionText("Hi there");
    HttpResponse<String> response = PlainHttp.post(standIn,
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", REQUEST);

    assertEquals("text/event-stream", response.headers().firstValue("content-type").orElseThrow());
    List<JsonNode> events = new ArrayList<>();
    for (String event : response.body().split("\r\n\r\n")) {
      assertTrue(event.startsWith("data: "), event);
      events.add(MAPPER.readTree(event.substring("data: ".length())));
    }
    assertEquals(2, events.size());
    assertEquals(" there", events.get(1).path("candidates").path(0).path("content").path("parts").path(0)
        .path("text").asText());
    assertTrue(events.get(0).path("candidates").path(0).path("finishReason").isMissingNode());
    assertTrue(events.get(0).path("usageMetadata").path("candidatesTokenCount").isMissingNode());
    assertEquals("STOP", events.get(1).path("candidates").path(0).path("finishReason").asText());
    assertEquals(2, events.get(1).path("usageMetadata").path("candidatesTokenCount").asInt());
    assertEquals("gemini-2.5-flash", events.get(1).path("modelVersion").asText());
  }

  @Test
  void streamWithoutAltSseIsOneJsonArrayOfResponses() throws Exception {
    standIn.setCompletionText("Hi there");
    HttpResponse<String> response = PlainHttp.post(standIn,
        "/v1beta/models/gemini-2.0-flash:streamGenerateContent", REQUEST);

    assertTrue(response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
    JsonNode array = MAPPER.readTree(response.body());
    assertEquals(2, array.size());
    assertEquals("STOP", array.path(1).path("candidates").path(0).path("finishReason").asText());
  }

  @Test
  void vertexAiPathsAreServedToo() throws Exception {
    HttpResponse<String> response = PlainHttp.post(standIn,
        "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:generateContent",
        REQUEST);

    assertEquals("gemini-2.0-flash-001", MAPPER.readTree(response.body()).path("modelVersion").asText());
  }
}
