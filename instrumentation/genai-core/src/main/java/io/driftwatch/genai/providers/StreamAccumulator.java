package io.driftwatch.genai.providers;

import java.io.IOException;

/**
 * Folds one provider's stream events into a {@link GenAiCall} as they pass: counters and the
 * bounded answer text only, nothing kept per chunk. Runs on the thread reading the body, so it
 * reads the event's bytes in place (see {@link StreamJson}) and folds only what it needs.
 */
public interface StreamAccumulator {

  /**
   * @param data the event's payload bytes, valid only during the call
   * @return true when the event carried answer content (a "chunk" for the timing metrics)
   * @throws IOException when the event is not JSON (counted as malformed, and folds nothing)
   */
  boolean onEvent(String eventType, byte[] data, int offset, int length, GenAiCall call) throws IOException;

  /**
   * Called once at the end, before analysis, on the analyzer's thread: the place for work too
   * heavy for the reading thread.
   *
   * @throws IOException when an event kept for this moment is not JSON (counted as malformed)
   */
  default void finish(GenAiCall call) throws IOException {}
}
