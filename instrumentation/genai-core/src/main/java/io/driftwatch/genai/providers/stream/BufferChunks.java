package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;

/** Hands a buffer's remaining bytes to an array-reading decoder without moving the buffer's position. */
final class BufferChunks {

  /** What reads byte arrays: the decoders' own accept method. */
  interface ArrayReader {
    void accept(byte[] bytes, int offset, int length);
  }

  private static final int DIRECT_CHUNK = 8 * 1024;

  private BufferChunks() {}

  /** The backing array when there is one; else copies, a chunk at a time, from a duplicate. */
  static void feed(ByteBuffer buffer, ArrayReader reader) {
    if (buffer.hasArray()) {
      reader.accept(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
      return;
    }
    ByteBuffer view = buffer.duplicate();
    byte[] chunk = new byte[Math.min(view.remaining(), DIRECT_CHUNK)];
    while (view.hasRemaining()) {
      int n = Math.min(chunk.length, view.remaining());
      view.get(chunk, 0, n);
      reader.accept(chunk, 0, n);
    }
  }
}
