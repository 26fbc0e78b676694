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

/** Ollama's native API: NDJSON unless "stream": false, the last object done with its counts. */
class OllamaAnswersTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ProviderStandIn standIn = ProviderStandIn.start();

  @AfterEach
  void stop() {
    standIn.close();
  }

  private static List<JsonNode> lines(String body) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      lines.add(MAPPER.readTree(line));
    }
    return lines;
  }

  @Test
  void chatStreamsNdjsonByDefaultEndingWithADoneLine() throws Exception {
    standIn.setCompletionText("Hi there");
    HttpResponse<String> response = PlainHttp.post(standIn, "/api/chat",
        "{\"model\":\"llama3.2\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

    assertEquals("application/x-ndjson", response.headers().firstValue("content-type").orElseThrow());
    assertTrue(response.body().endsWith("}\n"));
    List<JsonNode> lines = lines(response.body());
    assertEquals(3, lines.size());
    assertEquals("Hi", lines.get(0).path("message").path("content").asText());
    assertFalse(lines.get(0).path("done").asBoolean());
    JsonNode last = lines.get(2);
    assertTrue(last.path("done").asBoolean());
    assertEquals("stop", last.path("done_reason").asText());
    assertEquals("", last.path("message").path("content").asText());
    assertEquals(2, last.path("eval_count").asInt());
    assertTrue(last.path("prompt_eval_count").asInt() > 0);
    assertEquals("llama3.2", last.path("model").asText());
  }

  @Test
  void chatWithStreamFalseIsOneJsonObject() throws Exception {
    standIn.setCompletionText("Hi there");
    HttpResponse<String> response = PlainHttp.post(standIn, "/api/chat",
        "{\"model\":\"llama3.2\",\"stream\":false,\"messages\":[]}");

    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    JsonNode body = MAPPER.readTree(response.body());
    assertEquals("Hi there", body.path("message").path("content").asText());
    assertEquals("assistant", body.path("message").path("role").asText());
    assertTrue(body.path("done").asBoolean());
    assertEquals(2, body.path("eval_count").asInt());
    assertTrue(body.path("total_duration").asLong() > 0);
  }

  @Test
  void generateAnswersInTheResponseFieldWithAContext() throws Exception {
    standIn.setCompletionText("Hi there");
    HttpResponse<String> whole = PlainHttp.post(standIn, "/api/generate",
        "{\"model\":\"llama3.2\",\"prompt\":\"Hi\",\"stream\":false}");
    HttpResponse<String> streamed = PlainHttp.post(standIn, "/api/generate",
        "{\"model\":\"llama3.2\",\"prompt\":\"Hi\"}");

    JsonNode body = MAPPER.readTree(whole.body());
    assertEquals("Hi there", body.path("response").asText());
    assertTrue(body.path("context").isArray());
    List<JsonNode> lines = lines(streamed.body());
    assertEquals(" there", lines.get(1).path("response").asText());
    assertTrue(lines.get(2).path("done").asBoolean());
  }
}
