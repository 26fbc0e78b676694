package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads what embeddings answers and requests say about their size, without decoding any vector. */
public final class EmbeddingVectors {

  private EmbeddingVectors() {}

  /**
   * Dimensions of one vector: the length of a number array, or of a base64 string of 32-bit floats
   * (what OpenAI sends for {@code "encoding_format": "base64"}); null for anything else.
   */
  public static Long dimensions(JsonNode vector) {
    if (vector == null) {
      return null;
    }
    if (vector.isArray()) {
      return vector.isEmpty() ? null : (long) vector.size();
    }
    if (vector.isTextual()) {
      String base64 = vector.asText();
      int padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
      long bytes = base64.length() / 4L * 3 - padding;
      return bytes > 0 && base64.length() % 4 == 0 ? bytes / Float.BYTES : null;
    }
    return null;
  }

  /** Inputs of a request's input field: one string or token array, or an array of them; null when absent. */
  public static Long inputCount(JsonNode input) {
    if (input == null || input.isNull()) {
      return null;
    }
    if (!input.isArray()) {
      return 1L;
    }
    if (input.isEmpty()) {
      return 0L;
    }
    return input.get(0).isNumber() ? 1L : input.size(); // an array of token ids is one input
  }

  /** The size of an array of answers (one per input), or null when it is not an array. */
  public static Long count(JsonNode array) {
    return array != null && array.isArray() ? (long) array.size() : null;
  }
}
