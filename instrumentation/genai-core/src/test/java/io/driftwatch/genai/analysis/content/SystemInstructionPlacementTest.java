package io.driftwatch.genai.analysis.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.analysis.report.CapturedContent;
import io.driftwatch.genai.providers.GenAiCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where captured instructions go, as the conventions say: {@code gen_ai.system_instructions} only
 * for APIs that pass them apart from the chat history; system and developer messages of a history
 * stay in {@code gen_ai.input.messages}, in their place and with their role.
 */
class SystemInstructionPlacementTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final MessageContentCapture capture = new MessageContentCapture(new ContentRedactor(List.of()), 4096);

  private CapturedContent captured(String request) throws Exception {
    return capture.capture(JSON.readTree(request), new GenAiCall());
  }

  @Test
  void systemAndDeveloperMessagesOfAChatHistoryStayInTheInputMessagesInOrder() throws Exception {
    CapturedContent content = captured("""
        {"model":"gpt-4o-mini","messages":[
          {"role":"system","content":"You are a billing assistant."},
          {"role":"user","content":"Why was I charged twice?"},
          {"role":"developer","content":[{"type":"text","text":"Answer in one sentence."}]}]}""");

    assertNull(content.systemInstructions());
    JsonNode input = JSON.readTree(content.inputMessages());
    assertEquals(List.of("system", "user", "developer"),
        List.of(input.get(0).get("role").asText(), input.get(1).get("role").asText(), input.get(2).get("role").asText()));
    assertEquals("You are a billing assistant.", input.get(0).get("parts").get(0).get("content").asText());
  }

  @Test
  void anthropicSystemIsSystemInstructions() throws Exception {
    CapturedContent content = captured("""
        {"model":"claude","system":"You are terse.","messages":[{"role":"user","content":"Hi"}]}""");

    assertEquals("[{\"type\":\"text\",\"content\":\"You are terse.\"}]", content.systemInstructions());
    assertEquals(1, JSON.readTree(content.inputMessages()).size());
  }

  @Test
  void bedrockConverseSystemBlocksAreSystemInstructions() throws Exception {
    CapturedContent content = captured("""
        {"system":[{"text":"Rule one."},{"text":"Rule two."}],
         "messages":[{"role":"user","content":[{"text":"Hi"}]}]}""");

    assertEquals("Rule one.\nRule two.", JSON.readTree(content.systemInstructions()).get(0).get("content").asText());
  }

  @Test
  void geminiSystemInstructionIsSystemInstructions() throws Exception {
    CapturedContent content = captured("""
        {"systemInstruction":{"parts":[{"text":"Be kind."}]},"contents":[{"role":"user","parts":[{"text":"Hi"}]}]}""");

    assertEquals("Be kind.", JSON.readTree(content.systemInstructions()).get(0).get("content").asText());
  }

  @Test
  void responsesInstructionsAreSystemInstructionsAndInputSystemMessagesStayInput() throws Exception {
    CapturedContent content = captured("""
        {"model":"gpt-4.1","instructions":"Classify.",
         "input":[{"role":"system","content":"Be brief."},{"role":"user","content":"Invoice twice"}]}""");

    assertEquals("Classify.", JSON.readTree(content.systemInstructions()).get(0).get("content").asText());
    assertEquals("system", JSON.readTree(content.inputMessages()).get(0).get("role").asText());
  }
}
