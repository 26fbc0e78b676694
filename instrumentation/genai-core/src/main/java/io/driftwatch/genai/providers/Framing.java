package io.driftwatch.genai.providers;

/** How the events of a streamed answer are framed on the wire, told by its content type. */
public enum Framing {
  SSE("text/event-stream"),
  NDJSON("application/x-ndjson"),
  AWS_EVENT_STREAM("application/vnd.amazon.eventstream");

  /** {@code values()} copies its array on every call; this runs once per LLM response. */
  private static final Framing[] ALL = values();

  private final String contentType;

  Framing(String contentType) {
    this.contentType = contentType;
  }

  /** @return the framing a content type names, or null for an answer that is not a stream */
  public static Framing of(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (Framing framing : ALL) {
      if (contentType.regionMatches(true, 0, framing.contentType, 0, framing.contentType.length())) {
        return framing;
      }
    }
    return null;
  }
}
