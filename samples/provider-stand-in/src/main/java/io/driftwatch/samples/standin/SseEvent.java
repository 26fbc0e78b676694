package io.driftwatch.samples.standin;

/**
 * One server-sent event.
 *
 * @param name the {@code event:} line, or null for data-only events as OpenAI sends them
 */
record SseEvent(String name, String data) {

  static SseEvent data(String data) {
    return new SseEvent(null, data);
  }

  static SseEvent named(String name, String data) {
    return new SseEvent(name, data);
  }
}
