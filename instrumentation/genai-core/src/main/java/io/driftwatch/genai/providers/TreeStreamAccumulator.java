package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** A stream accumulator that reads each event as a Jackson tree: simple, for formats not yet folded by streaming. */
public abstract class TreeStreamAccumulator implements StreamAccumulator {

  @Override
  public final boolean onEvent(String eventType, byte[] data, int offset, int length, GenAiCall call)
      throws IOException {
    JsonNode event = StreamJson.MAPPER.readTree(data, offset, length);
    return event != null && event.isObject() && onEvent(eventType, event, call);
  }

  /** @return true when the event (a JSON object) carried answer content */
  protected abstract boolean onEvent(String eventType, JsonNode event, GenAiCall call);
}
