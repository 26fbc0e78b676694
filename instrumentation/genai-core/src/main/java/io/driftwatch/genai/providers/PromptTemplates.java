package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Gathers the template part of a request: system/developer instructions and tool definitions,
 * never the user's messages.
 */
public final class PromptTemplates {

  private PromptTemplates() {}

  /** Instructions from role-tagged messages ({@code messages} or Responses {@code input}). */
  public static void appendInstructionMessages(JsonNode messages, StringBuilder template) {
    if (messages == null || !messages.isArray()) {
      return;
    }
    for (JsonNode message : messages) {
      String role = Json.text(message, "role");
      if ("system".equals(role) || "developer".equals(role)) {
        appendText(message.get("content"), template);
      }
    }
  }

  /** A string, or an array of text parts / blocks. */
  public static void appendText(JsonNode content, StringBuilder template) {
    if (content == null) {
      return;
    }
    if (content.isTextual()) {
      template.append(content.asText()).append('\n');
    } else if (content.isArray()) {
      for (JsonNode part : content) {
        String text = part.isTextual() ? part.asText() : Json.text(part, "text");
        if (text != null) {
          template.append(text).append('\n');
        }
      }
    }
  }

  public static void appendTools(JsonNode tools, StringBuilder template) {
    if (tools != null && tools.isArray() && !tools.isEmpty()) {
      template.append("tools:").append(tools).append('\n');
    }
  }

  public static String orNull(StringBuilder template) {
    return template.length() == 0 ? null : template.toString();
  }
}
