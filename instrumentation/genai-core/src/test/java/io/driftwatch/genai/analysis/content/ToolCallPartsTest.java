package io.driftwatch.genai.analysis.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.analysis.report.CapturedContent;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tool calls and results become the conventions' parts, redacted and bounded like any text. */
class ToolCallPartsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static CapturedContent capture(String request, GenAiCall call, int maxChars) throws IOException {
    return new MessageContentCapture(new ContentRedactor(List.of()), maxChars)
        .capture(request == null ? null : JSON.readTree(request), call);
  }

  @Test
  void bedrockHistoryToolUseAndToolResultAreParts() throws IOException {
    CapturedContent captured = capture("{\"messages\":["
        + "{\"role\":\"user\",\"content\":[{\"text\":\"Weather?\"}]},"
        + "{\"role\":\"assistant\",\"content\":[{\"toolUse\":{\"toolUseId\":\"t1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Oslo\"}}}]},"
        + "{\"role\":\"user\",\"content\":[{\"toolResult\":{\"toolUseId\":\"t1\",\"content\":[{\"json\":{\"temp\":3}}]}}]}]}",
        new GenAiCall(), 4096);

    JsonNode input = JSON.readTree(captured.inputMessages());
    JsonNode call = input.get(1).get("parts");
    assertEquals(1, call.size());
    assertEquals("tool_call", call.get(0).get("type").asText());
    assertEquals("t1", call.get(0).get("id").asText());
    assertEquals("Oslo", call.get(0).get("arguments").get("city").asText());
    JsonNode result = input.get(2).get("parts");
    assertEquals(1, result.size());
    assertEquals("tool_call_response", result.get(0).get("type").asText());
    assertEquals(3, result.get(0).get("response").get("temp").asInt(), "a JSON result stays JSON");
  }

  @Test
  void geminiContentsCarryTextFunctionCallsAndFunctionResponses() throws IOException {
    CapturedContent captured = capture("{\"contents\":["
        + "{\"role\":\"user\",\"parts\":[{\"text\":\"Time in Osaka?\"}]},"
        + "{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"get_time\",\"args\":{\"timezone\":\"JST\"}}}]},"
        + "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"get_time\",\"response\":{\"time\":\"09:00\"}}}]}]}",
        new GenAiCall(), 4096);

    JsonNode input = JSON.readTree(captured.inputMessages());
    assertEquals("Time in Osaka?", input.get(0).get("parts").get(0).get("content").asText());
    assertEquals("assistant", input.get(1).get("role").asText(), "Gemini's model role is the assistant");
    assertEquals("get_time", input.get(1).get("parts").get(0).get("name").asText());
    assertEquals("JST", input.get(1).get("parts").get(0).get("arguments").get("timezone").asText());
    assertEquals(1, input.get(2).get("parts").size());
    assertEquals("09:00", input.get(2).get("parts").get(0).get("response").get("time").asText());
  }

  @Test
  void argumentsThatAreNotJsonOrTooLongAreRedactedCutText() throws IOException {
    GenAiCall call = new GenAiCall();
    call.toolCalls.add(new ToolCall("c1", "mail", "{\"to\":\"dana@example.com\""));
    call.toolCalls.add(new ToolCall("c2", "note", "{\"text\":\"" + "x".repeat(100) + "\"}"));

    JsonNode parts = JSON.readTree(capture(null, call, 40).outputMessages()).get(0).get("parts");

    assertEquals("{\"to\":\"[REDACTED:email]\"", parts.get(0).get("arguments").asText());
    String cut = parts.get(1).get("arguments").asText();
    assertTrue(cut.endsWith("…[truncated]") && cut.length() == 40 + "…[truncated]".length(), cut);
  }

  @Test
  void secretsInsideJsonArgumentsAreRedactedAndTheObjectKept() throws IOException {
    GenAiCall call = new GenAiCall();
    call.toolCalls.add(new ToolCall("c1", "login", "{\"key\":\"sk-canary-0123456789abcdefgh\",\"user\":\"ops\"}"));

    JsonNode arguments = JSON.readTree(capture(null, call, 4096).outputMessages()).get(0).get("parts").get(0)
        .get("arguments");

    assertEquals("[REDACTED:api_key]", arguments.get("key").asText());
    assertEquals("ops", arguments.get("user").asText());
  }
}
