package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.Json;
import java.util.List;

/**
 * Google's REST APIs read request fields in lowerCamelCase or in their proto snake_case name
 * ({@code maxOutputTokens} or {@code max_output_tokens}); both reach the provider, so both are read.
 */
final class ProtoJson {

  private ProtoJson() {}

  /** The field under its camelCase name, else under its snake_case name; null when neither is there. */
  static JsonNode get(JsonNode node, String camelName) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(camelName);
    return value != null ? value : node.get(snakeCase(camelName));
  }

  static JsonNode object(JsonNode node, String camelName) {
    JsonNode value = get(node, camelName);
    return value != null && value.isObject() ? value : null;
  }

  static String text(JsonNode node, String camelName) {
    JsonNode value = get(node, camelName);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  static Long whole(JsonNode node, String camelName) {
    JsonNode value = get(node, camelName);
    return value != null && value.isNumber() ? value.asLong() : null;
  }

  static Double decimal(JsonNode node, String camelName) {
    JsonNode value = get(node, camelName);
    return value != null && value.isNumber() ? value.asDouble() : null;
  }

  /** A string or an array of strings. */
  static List<String> texts(JsonNode node, String camelName) {
    return Json.texts(node, node.has(camelName) ? camelName : snakeCase(camelName));
  }

  static String snakeCase(String camelName) {
    StringBuilder snake = new StringBuilder(camelName.length() + 4);
    for (int i = 0; i < camelName.length(); i++) {
      char c = camelName.charAt(i);
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }
}
