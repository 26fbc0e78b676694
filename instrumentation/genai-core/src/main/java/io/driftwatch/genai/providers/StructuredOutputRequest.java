package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Structured output the request asked for: a JSON answer (optionally with the schema the request
 * itself carried) and/or tools whose parameter schemas the returned calls must satisfy.
 *
 * @param jsonAnswer the answer text must be JSON
 * @param answerSchema the JSON Schema for the answer, or null
 * @param toolSchemas parameter schema per declared tool name, the empty schema for a tool declared without
 *     one (empty when no tools were offered)
 */
public record StructuredOutputRequest(boolean jsonAnswer, JsonNode answerSchema, Map<String, JsonNode> toolSchemas) {

  public boolean asksForAnything() {
    return jsonAnswer || !toolSchemas.isEmpty();
  }
}
