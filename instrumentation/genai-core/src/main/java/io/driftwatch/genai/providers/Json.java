package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Null-tolerant readers over Jackson trees: a missing or oddly typed field reads as null. */
public final class Json {

  private Json() {}

  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  public static Long whole(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong()
        ? value.asLong() : null;
  }

  public static Double decimal(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNumber() ? value.asDouble() : null;
  }

  public static Boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isBoolean() ? value.asBoolean() : null;
  }

  public static JsonNode object(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isObject() ? value : null;
  }

  /**
   * A string or an array of strings, as providers allow for "stop"; null when absent or empty (an
   * empty list is what SDKs send for "not set", and no attribute is made for it).
   */
  public static List<String> texts(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    value.forEach(item -> {
      if (item.isTextual()) {
        out.add(item.asText());
      }
    });
    return out.isEmpty() ? null : out;
  }

  public static Long sum(Long a, Long b) {
    return GenAiCall.tokenSum(a, b);
  }
}
