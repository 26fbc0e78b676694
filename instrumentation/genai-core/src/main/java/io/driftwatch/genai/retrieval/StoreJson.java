package io.driftwatch.genai.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.Json;

/** Reads the shapes every store shares: a ranked array of hits, each with a numeric score field. */
public final class StoreJson {

  public static final String SIMILARITY = "similarity";
  public static final String DISTANCE = "distance";

  private StoreJson() {}

  /**
   * Folds {@code hits} (an array of objects) into the call: count, and the named score of the first
   * and the last hit. Not an array: the call keeps no hit count.
   */
  public static void rankedHits(JsonNode hits, String scoreField, String kind, RetrievalCall call) {
    if (hits == null || !hits.isArray()) {
      return;
    }
    int count = hits.size();
    if (count == 0) {
      call.ranked(0, 0, 0, kind);
      return;
    }
    Double first = hits.get(0).isObject() ? Json.decimal(hits.get(0), scoreField) : null;
    Double last = hits.get(count - 1).isObject() ? Json.decimal(hits.get(count - 1), scoreField) : null;
    call.hits = count;
    if (first != null && last != null) {
      call.ranked(count, first, last, kind);
    }
  }

  /** A ranked array of bare numbers, as Chroma sends its distances. */
  public static void rankedNumbers(JsonNode scores, String kind, RetrievalCall call) {
    if (scores == null || !scores.isArray()) {
      return;
    }
    int count = scores.size();
    if (count == 0) {
      call.ranked(0, 0, 0, kind);
    } else if (scores.get(0).isNumber() && scores.get(count - 1).isNumber()) {
      call.ranked(count, scores.get(0).asDouble(), scores.get(count - 1).asDouble(), kind);
    } else {
      call.hits = count;
    }
  }

  /** A positive whole number, else null. */
  public static Long positive(JsonNode node, String field) {
    Long value = node == null ? null : Json.whole(node, field);
    return value != null && value > 0 ? value : null;
  }

  /** True when the field is present and not null or empty. */
  public static boolean present(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())
        && !(value.isTextual() && value.asText().isBlank());
  }

  /** The path segment after {@code prefix} up to the next slash, or null. */
  public static String segmentAfter(String path, String prefix) {
    int start = path.indexOf(prefix);
    if (start < 0) {
      return null;
    }
    start += prefix.length();
    int end = path.indexOf('/', start);
    String segment = end < 0 ? path.substring(start) : path.substring(start, end);
    return segment.isEmpty() ? null : segment;
  }
}
