package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;

/** Turns a streamed body's bytes, as they pass, into events for a {@link SseDecoder.Listener}. */
interface EventDecoder {

  void accept(byte[] bytes, int offset, int length);

  /** Reads the buffer's remaining bytes without moving its position. */
  void accept(ByteBuffer buffer);

  /** The body ended: whatever a last, unterminated event holds still counts. */
  default void flush() {}
}
