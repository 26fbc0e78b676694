package io.driftwatch.genai.providers.stream;

import io.driftwatch.genai.testing.Transcripts;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Feeds a recorded stream to an observer a line at a time, as a client reading the body would. */
public final class StreamBodies {

  private StreamBodies() {}

  public static void feed(StreamObserver observer, String transcript) {
    for (String line : Transcripts.text(transcript).split("(?<=\n)")) {
      observer.onBytes(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
    }
  }

  public static void feedText(StreamObserver observer, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    observer.onBytes(bytes, 0, bytes.length);
  }
}
