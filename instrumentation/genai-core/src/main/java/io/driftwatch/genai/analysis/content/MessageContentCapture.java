package io.driftwatch.genai.analysis.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.driftwatch.genai.analysis.report.CapturedContent;
import io.driftwatch.genai.providers.GenAiCall;

/**
 * Opt-in content capture: turns the request's messages and the answer into the conventions'
 * {@code gen_ai.system_instructions} (only instructions an API passes apart from the chat history:
 * Anthropic's and Bedrock's {@code system}, Gemini's {@code systemInstruction}, the Responses API's
 * {@code instructions}), {@code gen_ai.input.messages} (the history in order, its system and
 * developer messages included) and {@code gen_ai.output.messages} (role + text parts, and tool-call
 * parts by {@link ToolCallParts}), each text redacted, then cut to a maximum length.
 */
public final class MessageContentCapture {

  private final ObjectMapper mapper = new ObjectMapper();
  private final ContentRedactor redactor;
  private final int maxChars;
  private final ToolCallParts toolParts;

  public MessageContentCapture(ContentRedactor redactor, int maxChars) {
    this.redactor = redactor;
    this.maxChars = maxChars;
    this.toolParts = new ToolCallParts(mapper, redactor, maxChars);
  }

  public CapturedContent capture(JsonNode request, GenAiCall call) {
    ArrayNode system = mapper.createArrayNode();
    ArrayNode input = mapper.createArrayNode();
    if (request != null) {
      // only instructions the API takes apart from the history; system and developer messages of
      // the history stay in gen_ai.input.messages, where the conventions put them
      addText(system, request.get("system")); // Anthropic; Bedrock Converse ([{text}])
      addText(system, request.get("instructions")); // OpenAI Responses
      addText(system, geminiSystemInstruction(request)); // Gemini
      addMessages(request.get("messages"), input);
      addMessages(request.get("contents"), input); // Gemini
      JsonNode responsesInput = request.get("input");
      if (responsesInput != null && responsesInput.isTextual()) {
        input.add(message("user", responsesInput.asText(), null));
      } else {
        addMessages(responsesInput, input);
      }
    }
    ArrayNode output = mapper.createArrayNode();
    if (call.output.length() > 0 || !call.toolCalls.isEmpty()) {
      ArrayNode parts = mapper.createArrayNode();
      if (call.output.length() > 0) {
        parts.add(part(call.output.text()));
      }
      toolParts.addCalls(call.toolCalls, parts);
      output.add(message("assistant", parts, call.finishReasons.isEmpty() ? null : call.finishReasons.get(0)));
    }
    return new CapturedContent(finish(system), finish(input), finish(output));
  }

  /** Gemini's {@code systemInstruction} (or {@code system_instruction}), a content of text parts. */
  private static JsonNode geminiSystemInstruction(JsonNode request) {
    JsonNode instruction = request.has("systemInstruction") ? request.get("systemInstruction")
        : request.get("system_instruction");
    return instruction == null ? null : instruction.get("parts");
  }

  private void addMessages(JsonNode messages, ArrayNode input) {
    if (messages == null || !messages.isArray()) {
      return;
    }
    for (JsonNode message : messages) {
      String role = ToolCallParts.roleOf(message);
      StringBuilder text = new StringBuilder();
      appendText(message.has("content") ? message.get("content") : message.get("parts"), text); // Gemini: parts
      ArrayNode tools = mapper.createArrayNode();
      boolean toolResult = toolParts.addFrom(message, tools);
      ArrayNode parts = mapper.createArrayNode();
      if (!toolResult && (text.length() > 0 || tools.isEmpty())) {
        parts.add(part(text.toString()));
      }
      parts.addAll(tools);
      input.add(message(role, parts, null));
    }
  }

  private void addText(ArrayNode into, JsonNode content) {
    StringBuilder text = new StringBuilder();
    appendText(content, text);
    if (text.length() > 0) {
      into.add(part(text.toString()));
    }
  }

  private static void appendText(JsonNode content, StringBuilder text) {
    if (content == null) {
      return;
    }
    if (content.isTextual()) {
      text.append(content.asText());
    } else if (content.isArray()) {
      for (JsonNode part : content) {
        String partText = part.isTextual() ? part.asText() : part.path("text").asText(null);
        if (partText != null) {
          text.append(text.length() > 0 ? "\n" : "").append(partText);
        }
      }
    }
  }

  private ObjectNode message(String role, String text, String finishReason) {
    return message(role, mapper.createArrayNode().add(part(text)), finishReason);
  }

  private ObjectNode message(String role, ArrayNode parts, String finishReason) {
    ObjectNode message = mapper.createObjectNode().put("role", role);
    message.set("parts", parts);
    if (finishReason != null) {
      message.put("finish_reason", finishReason);
    }
    return message;
  }

  /** Redacts first, then cuts, so a secret is never half-kept at the cut. */
  private ObjectNode part(String text) {
    String redacted = redactor.redact(text);
    if (redacted.length() > maxChars) {
      redacted = redacted.substring(0, maxChars) + "…[truncated]";
    }
    return mapper.createObjectNode().put("type", "text").put("content", redacted);
  }

  private static String finish(ArrayNode node) {
    return node.isEmpty() ? null : node.toString();
  }
}
