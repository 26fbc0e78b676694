package io.driftwatch.genai.analysis.content;

import static io.driftwatch.genai.providers.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ToolCall;
import io.driftwatch.genai.util.TelemetryText;
import java.io.IOException;
import java.util.List;

/**
 * Tool calls and tool results as the conventions' message parts: {@code tool_call} (id, name,
 * arguments) and {@code tool_call_response} (id, response). Read from the answer's calls and from
 * the history a request sends back: OpenAI Chat {@code tool_calls} and {@code tool} messages,
 * Responses {@code function_call} / {@code function_call_output} items, Anthropic
 * {@code tool_use} / {@code tool_result} blocks, Bedrock {@code toolUse} / {@code toolResult}, Gemini
 * {@code functionCall} / {@code functionResponse} parts.
 * Arguments and results are redacted, then cut; arguments stay a JSON object when they still are one.
 */
final class ToolCallParts {

  static final String TOOL_CALL = "tool_call";
  static final String TOOL_CALL_RESPONSE = "tool_call_response";

  private final ObjectMapper mapper;
  private final ContentRedactor redactor;
  private final int maxChars;

  ToolCallParts(ObjectMapper mapper, ContentRedactor redactor, int maxChars) {
    this.mapper = mapper;
    this.redactor = redactor;
    this.maxChars = maxChars;
  }

  /** The answer's calls, in order. */
  void addCalls(List<ToolCall> calls, ArrayNode parts) {
    for (ToolCall call : calls) {
      parts.add(toolCall(call.id(), call.name(), call.arguments()));
    }
  }

  /**
   * The role as the conventions name it: Gemini's {@code model} is the assistant; an item that has
   * none is a Responses API call (the assistant's) or its output (the tool's).
   */
  static String roleOf(JsonNode message) {
    JsonNode role = message.get("role");
    if (role != null && role.isTextual()) {
      return "model".equals(role.asText()) ? "assistant" : role.asText();
    }
    String type = message.path("type").asText("");
    return "function_call".equals(type) ? "assistant" : "function_call_output".equals(type) ? "tool" : "user";
  }

  /**
   * Adds the tool parts of one history message.
   *
   * @return true when the message is a tool result whose text is the response (so it is not a text part too)
   */
  boolean addFrom(JsonNode message, ArrayNode parts) {
    String type = message.path("type").asText("");
    if ("function_call".equals(type)) {
      parts.add(toolCall(text(message, "call_id"), text(message, "name"), text(message, "arguments")));
      return true;
    }
    if ("function_call_output".equals(type)) {
      parts.add(toolResponse(text(message, "call_id"), message.get("output")));
      return true;
    }
    JsonNode toolCalls = message.get("tool_calls");
    if (toolCalls != null && toolCalls.isArray()) {
      for (JsonNode toolCall : toolCalls) {
        JsonNode function = toolCall.path("function");
        parts.add(toolCall(text(toolCall, "id"), text(function, "name"), text(function, "arguments")));
      }
    }
    if ("tool".equals(text(message, "role"))) {
      parts.add(toolResponse(text(message, "tool_call_id"), message.get("content")));
      return true;
    }
    JsonNode content = message.has("content") ? message.get("content") : message.get("parts");
    if (content != null && content.isArray()) {
      for (JsonNode block : content) {
        addBlock(block, parts); // tool blocks carry no "text": the message's text parts stay apart
      }
    }
    return false;
  }

  private void addBlock(JsonNode block, ArrayNode parts) {
    String type = block.path("type").asText("");
    if ("tool_use".equals(type)) {
      parts.add(toolCall(text(block, "id"), text(block, "name"), jsonText(block.get("input"))));
    } else if ("tool_result".equals(type)) {
      parts.add(toolResponse(text(block, "tool_use_id"), block.get("content")));
    } else if (block.has("toolUse")) {
      JsonNode toolUse = block.get("toolUse");
      parts.add(toolCall(text(toolUse, "toolUseId"), text(toolUse, "name"), jsonText(toolUse.get("input"))));
    } else if (block.has("toolResult")) {
      JsonNode toolResult = block.get("toolResult");
      parts.add(toolResponse(text(toolResult, "toolUseId"), toolResult.get("content")));
    } else if (block.has("functionCall")) { // Gemini
      JsonNode functionCall = block.get("functionCall");
      parts.add(toolCall(text(functionCall, "id"), text(functionCall, "name"), jsonText(functionCall.get("args"))));
    } else if (block.has("functionResponse")) {
      JsonNode functionResponse = block.get("functionResponse");
      parts.add(toolResponse(text(functionResponse, "id"), functionResponse.get("response")));
    }
  }

  private ObjectNode toolCall(String id, String name, String arguments) {
    ObjectNode part = mapper.createObjectNode().put("type", TOOL_CALL);
    if (id != null) {
      part.put("id", identifier(id));
    }
    part.put("name", identifier(name));
    if (arguments != null) {
      part.set("arguments", safeJson(arguments));
    }
    return part;
  }

  private ObjectNode toolResponse(String id, JsonNode response) {
    ObjectNode part = mapper.createObjectNode().put("type", TOOL_CALL_RESPONSE);
    if (id != null) {
      part.put("id", identifier(id));
    }
    if (response != null && !response.isNull()) {
      part.set("response", response.isTextual() ? safeText(response.asText()) : safeJson(responseText(response)));
    }
    return part;
  }

  /** Result content blocks ({@code [{"type":"text","text":...}]}, Bedrock's {@code [{"json":{...}}]}) as text. */
  private static String responseText(JsonNode response) {
    if (response.isArray()) {
      StringBuilder text = new StringBuilder();
      for (JsonNode block : response) {
        JsonNode value = block.has("text") ? block.get("text") : block.has("json") ? block.get("json") : block;
        text.append(text.length() > 0 ? "\n" : "").append(value.isTextual() ? value.asText() : value.toString());
      }
      return text.toString();
    }
    return response.toString();
  }

  /** Redacted, then parsed back when it is still JSON within the bound; else the redacted text, cut. */
  private JsonNode safeJson(String json) {
    String redacted = redactor.redact(json);
    if (redacted.length() <= maxChars) {
      try {
        JsonNode parsed = mapper.readTree(redacted);
        if (parsed != null && parsed.isContainerNode()) {
          return parsed;
        }
      } catch (IOException notJson) {
        // kept as text below
      }
    }
    return cut(redacted);
  }

  private JsonNode safeText(String text) {
    return cut(redactor.redact(text));
  }

  private JsonNode cut(String redacted) {
    return mapper.getNodeFactory().textNode(
        redacted.length() > maxChars ? redacted.substring(0, maxChars) + "…[truncated]" : redacted);
  }

  /** Ids and names are the provider's (or the history's) text: bounded like other identifiers. */
  private static String identifier(String value) {
    return TelemetryText.cap(value, GenAiCall.MAX_IDENTIFIER_CHARS);
  }

  private static String jsonText(JsonNode node) {
    return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
  }
}
