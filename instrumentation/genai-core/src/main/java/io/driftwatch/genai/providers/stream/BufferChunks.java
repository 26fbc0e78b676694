package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;

/**
 * Hands a buffer's remaining bytes to an array-reading decoder without moving the buffer's
 * position. One per decoder: a direct buffer (what a Netty event loop hands over) is copied through
 * one reused array, so a read allocates nothing.
 */
final class BufferChunks {

  /** What reads byte arrays: the decoders' own accept method. */
  interface ArrayReader {
    void accept(byte[] bytes, int offset, int length);
  }

  private static final int DIRECT_CHUNK = 8 * 1024;

  private final ArrayReader reader;
  private byte[] chunk;

  BufferChunks(ArrayReader reader) {
    this.reader = reader;
  }

  /** The backing array when there is one; else copies, a chunk at a time, by absolute index. */
  void feed(ByteBuffer buffer) {
    if (buffer.hasArray()) {
      reader.accept(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
      return;
    }
    if (chunk == null) {
      chunk = new byte[DIRECT_CHUNK]; // once per stream, and only for direct buffers
    }
    for (int at = buffer.position(), end = buffer.limit(); at < end; ) {
      int n = Math.min(chunk.length, end - at);
      buffer.get(at, chunk, 0, n);
      reader.accept(chunk, 0, n);
      at += n;
    }
  }
}
