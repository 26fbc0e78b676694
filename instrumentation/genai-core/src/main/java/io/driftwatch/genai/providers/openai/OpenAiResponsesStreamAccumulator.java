package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.StreamAccumulator;
import io.driftwatch.genai.providers.StreamJson;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

/**
 * OpenAI Responses API stream: deltas mark the chunks (told by the event name, not parsed); the
 * final {@code response.completed} (or {@code .incomplete} / {@code .failed}) event carries the
 * whole response, read by the ordinary parser. That parse runs in {@link #finish}, on the
 * analyzer's thread: the reading thread only keeps a copy of the event's bytes (bounded by the
 * event cap). A stream cancelled before it keeps the id and model from {@code response.created}.
 */
public final class OpenAiResponsesStreamAccumulator implements StreamAccumulator {

  private static final Set<String> FINAL_TYPES = Set.of("response.completed", "response.incomplete", "response.failed");

  /** The last final event's bytes, parsed at the end. */
  private byte[] finalEvent;

  @Override
  public boolean onEvent(String eventType, byte[] data, int offset, int length, GenAiCall call) throws IOException {
    if (eventType != null) {
      if (eventType.endsWith(".delta")) {
        return true;
      }
      if (FINAL_TYPES.contains(eventType)) {
        finalEvent = Arrays.copyOfRange(data, offset, offset + length);
        return false;
      }
      if (!"response.created".equals(eventType)) {
        return false; // nothing else is folded
      }
    }
    JsonNode event = StreamJson.MAPPER.readTree(data, offset, length);
    if (event == null || !event.isObject()) {
      return false;
    }
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
    } else if (FINAL_TYPES.contains(type)) {
      OpenAiFormat.OPENAI_RESPONSES.parser().readResponse(response, call); // unnamed events: rare, read here
    }
    return false;
  }

  @Override
  public void finish(GenAiCall call) throws IOException {
    if (finalEvent == null) {
      return;
    }
    JsonNode event = StreamJson.MAPPER.readTree(finalEvent);
    finalEvent = null;
    JsonNode response = event != null && event.isObject() ? event.get("response") : null;
    if (response != null && response.isObject()) {
      OpenAiFormat.OPENAI_RESPONSES.parser().readResponse(response, call);
    }
  }
}
