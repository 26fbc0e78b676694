package io.driftwatch.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * Whether a new answer has the recorded answer's JSON structure: the same keys at the same paths
 * with the same JSON types (the items of an array are compared as one shape, so an empty array has
 * none). Only answers recorded as JSON have a structure to keep.
 */
final class AnswerStructure {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerStructure() {}

  /** @return null when the recorded answer is not a JSON object or array (nothing to compare) */
  static Boolean sameStructure(String recorded, String now) {
    JsonNode before = parse(recorded);
    if (before == null || !before.isContainerNode()) {
      return null;
    }
    JsonNode after = parse(now);
    return after != null && shape(before, "").equals(shape(after, ""));
  }

  private static TreeSet<String> shape(JsonNode node, String path) {
    TreeSet<String> shape = new TreeSet<>();
    shape.add(path + ":" + node.getNodeType());
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        shape.addAll(shape(field.getValue(), path + "/" + field.getKey()));
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        shape.addAll(shape(item, path + "/*"));
      }
    }
    return shape;
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }
}
