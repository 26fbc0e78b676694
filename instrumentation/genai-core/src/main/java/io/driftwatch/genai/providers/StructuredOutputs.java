package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Builds {@link StructuredOutputRequest} from the pieces each wire format puts in different places. */
public final class StructuredOutputs {

  private StructuredOutputs() {}

  /**
   * @param format an OpenAI-style format object ({@code {"type": "json_schema", ...}}) or null
   * @param schemaOf where this format keeps its schema
   * @param tools the request's tools array or null
   * @param toolName where a tool keeps its name
   * @param toolSchema where a tool keeps its parameter schema
   */
  public static StructuredOutputRequest of(JsonNode format, Function<JsonNode, JsonNode> schemaOf, JsonNode tools,
      Function<JsonNode, String> toolName, Function<JsonNode, JsonNode> toolSchema) {
    boolean jsonAnswer = false;
    JsonNode schema = null;
    if (format != null) {
      String type = Json.text(format, "type");
      jsonAnswer = "json_object".equals(type) || "json_schema".equals(type);
      if ("json_schema".equals(type)) {
        schema = schemaOf.apply(format);
      }
    }
    Map<String, JsonNode> toolSchemas = new LinkedHashMap<>();
    if (tools != null && tools.isArray()) {
      for (JsonNode tool : tools) {
        String name = toolName.apply(tool);
        if (name != null) {
          toolSchemas.put(name, schemaOrAny(toolSchema.apply(tool)));
        }
      }
    }
    StructuredOutputRequest request = new StructuredOutputRequest(jsonAnswer, schema, Map.copyOf(toolSchemas));
    return request.asksForAnything() ? request : null;
  }

  /** A tool declared without a parameter schema takes any JSON arguments, but is still a declared tool. */
  public static JsonNode schemaOrAny(JsonNode parameters) {
    return parameters != null && parameters.isObject() ? parameters : ANY;
  }

  /** The empty schema: every JSON document satisfies it. Never modified. */
  private static final JsonNode ANY = JsonNodeFactory.instance.objectNode();

  public static JsonNode objectOrNull(JsonNode node) {
    return node != null && node.isObject() ? node : null;
  }
}
