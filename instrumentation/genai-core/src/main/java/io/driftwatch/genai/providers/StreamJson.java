package io.driftwatch.genai.providers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The one Jackson factory (and tree mapper) that stream events are parsed with on the reading threads. */
public final class StreamJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private StreamJson() {}

  /** A streaming parser over one event's bytes; no String of the event is built. */
  public static JsonParser parser(byte[] data, int offset, int length) throws IOException {
    return FACTORY.createParser(data, offset, length);
  }
}
