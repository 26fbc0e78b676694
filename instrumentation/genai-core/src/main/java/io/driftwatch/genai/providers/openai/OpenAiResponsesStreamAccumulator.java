package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.TreeStreamAccumulator;

/**
 * OpenAI Responses API stream: deltas mark the chunks; the final {@code response.completed} (or
 * {@code .incomplete} / {@code .failed}) event carries the whole response, read by the ordinary
 * parser. A stream cancelled before it keeps the id and model from {@code response.created}.
 */
public final class OpenAiResponsesStreamAccumulator extends TreeStreamAccumulator {

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    String type = eventType != null ? eventType : text(event, "type");
    if (type == null) {
      return false;
    }
    if (type.endsWith(".delta")) {
      return true;
    }
    JsonNode response = event.get("response");
    if (response == null || !response.isObject()) {
      return false;
    }
    if ("response.created".equals(type)) {
      call.responseId = text(response, "id");
      call.responseModel = text(response, "model");
    } else if ("response.completed".equals(type) || "response.incomplete".equals(type)
        || "response.failed".equals(type)) {
      OpenAiFormat.OPENAI_RESPONSES.parser().readResponse(response, call);
    }
    return false;
  }
}
