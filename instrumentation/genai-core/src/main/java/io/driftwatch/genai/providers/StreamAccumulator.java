package io.driftwatch.genai.providers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Folds one provider's stream events into a {@link GenAiCall} as they pass: counters and the
 * bounded answer text only, nothing kept per chunk.
 */
public interface StreamAccumulator {

  /** @return true when the event carried answer content (a "chunk" for the timing metrics) */
  boolean onEvent(String eventType, JsonNode event, GenAiCall call);

  /** Called once at the end, before analysis. */
  default void finish(GenAiCall call) {}
}
