package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Gemini's {@code responseSchema} and function {@code parameters} are OpenAPI 3.0 schema objects
 * ({@code "type": "OBJECT"}, {@code "nullable": true}); the format check validates JSON Schema.
 * This turns one into the other: type names lower-cased, {@code nullable} into a {@code "null"} type.
 * Keywords both understand ({@code properties}, {@code required}, {@code enum}, ...) are kept.
 */
final class OpenApiSchemas {

  private static final int MAX_DEPTH = 64;
  private static final String UNSPECIFIED = "TYPE_UNSPECIFIED";

  private OpenApiSchemas() {}

  /** @return a JSON Schema, or null when {@code schema} is not an object */
  static JsonNode toJsonSchema(JsonNode schema) {
    return schema != null && schema.isObject() ? convert(schema, 0) : null;
  }

  private static JsonNode convert(JsonNode node, int depth) {
    if (depth > MAX_DEPTH) {
      return JsonNodeFactory.instance.objectNode(); // absurdly deep: accept anything below
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(item.isContainerNode() ? convert(item, depth + 1) : item));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "type":
          if (!value.isTextual()) {
            out.set("type", value);
          } else if (!UNSPECIFIED.equalsIgnoreCase(value.asText())) {
            out.put("type", value.asText().toLowerCase(Locale.ROOT));
          }
          break;
        case "nullable":
          break; // folded into "type" below
        case "properties":
          ObjectNode properties = out.putObject("properties");
          value.properties().forEach(p -> properties.set(p.getKey(), convert(p.getValue(), depth + 1)));
          break;
        default:
          out.set(field.getKey(), value.isContainerNode() ? convert(value, depth + 1) : value);
      }
    }
    if (node.path("nullable").asBoolean(false) && out.path("type").isTextual()) {
      ArrayNode types = JsonNodeFactory.instance.arrayNode().add(out.get("type").asText()).add("null");
      out.set("type", types);
    }
    return out;
  }
}
