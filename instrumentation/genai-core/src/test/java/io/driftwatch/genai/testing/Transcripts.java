package io.driftwatch.genai.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded provider bodies under {@code src/test/resources/transcripts/}, read as bytes or JSON trees. */
public final class Transcripts {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Transcripts() {}

  /** @param name a path below {@code transcripts/}, e.g. {@code openai-chat/response.json} */
  public static byte[] bytes(String name) {
    try (InputStream in = Transcripts.class.getResourceAsStream("/transcripts/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no transcript " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static JsonNode json(String name) {
    return parse(text(name));
  }

  /** Parses an inline JSON snippet, for odd shapes too small to deserve a file. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
