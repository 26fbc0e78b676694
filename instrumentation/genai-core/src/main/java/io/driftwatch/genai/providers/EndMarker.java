package io.driftwatch.genai.providers;

/**
 * An accumulator whose format marks the end of the answer inside an ordinary event (Ollama's
 * {@code "done": true}, a Gemini finish reason) rather than with an end-of-stream event, so that
 * an application closing the stream right after it is not taken for a cancellation.
 */
public interface EndMarker {

  /** The last event of the answer has been read. */
  boolean endSeen();
}
