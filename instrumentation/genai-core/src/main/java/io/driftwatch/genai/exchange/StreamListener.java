package io.driftwatch.genai.exchange;

import java.nio.ByteBuffer;

/** Watches a streamed answer's bytes as the application reads them; never consumes them. */
public interface StreamListener {

  void onBytes(byte[] bytes, int offset, int length);

  /** Reads the buffer's remaining bytes without moving its position. */
  void onBytes(ByteBuffer buffer);

  /**
   * The reading thread must do no more than frame (a Netty event loop): keep the framed events for
   * the analyzer's thread to fold. Called at most once, before the first bytes.
   */
  default void deferFolding() {}

  /** The provider sent its end-of-stream marker, so closing now is not a cancellation. */
  boolean terminalEventSeen();
}
