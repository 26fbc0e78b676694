package io.driftwatch.genai.providers.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Json;

/** OpenAI error bodies: {@code {"error": {"type": ..., "code": ...}}}. */
final class OpenAiErrors {

  private OpenAiErrors() {}

  static void read(JsonNode body, GenAiCall call) {
    JsonNode error = Json.object(body, "error");
    if (error == null) {
      return;
    }
    String code = Json.text(error, "code");
    call.providerErrorType = code != null ? code : Json.text(error, "type");
  }
}
