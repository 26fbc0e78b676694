package io.driftwatch.genai.exchange;

import java.nio.ByteBuffer;

/** Watches a streamed answer's bytes as the application reads them; never consumes them. */
public interface StreamListener {

  void onBytes(byte[] bytes, int offset, int length);

  /** Reads the buffer's remaining bytes without moving its position. */
  void onBytes(ByteBuffer buffer);

  /** The provider sent its end-of-stream marker, so closing now is not a cancellation. */
  boolean terminalEventSeen();
}
