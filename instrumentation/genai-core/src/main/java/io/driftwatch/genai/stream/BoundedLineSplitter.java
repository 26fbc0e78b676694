package io.driftwatch.genai.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Splits bytes into lines as they pass ({@code \n} or {@code \r\n}), holding no more than the
 * line being read. A line longer than the bound is skipped and reported, never buffered whole.
 * The shared first step of the SSE and NDJSON decoders.
 */
final class BoundedLineSplitter {

  /** Receives each line, without its line ending. */
  interface LineListener {
    void onLine(String line);

    void onOversizedLine();
  }

  private final int maxLineBytes;
  private final LineListener listener;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private boolean oversized;
  private int lineBytes;

  BoundedLineSplitter(int maxLineBytes, LineListener listener) {
    this.maxLineBytes = maxLineBytes;
    this.listener = listener;
  }

  void accept(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      accept(bytes[i]);
    }
  }

  void accept(ByteBuffer buffer) {
    for (int i = buffer.position(); i < buffer.limit(); i++) {
      accept(buffer.get(i));
    }
  }

  /** The input ended: a last line without its line ending still counts. */
  void flush() {
    if (oversized || line.size() > 0) {
      endLine();
    }
  }

  private void accept(byte b) {
    if (b == '\n') {
      endLine();
    } else if (b != '\r') {
      if (++lineBytes > maxLineBytes) {
        oversized = true;
      }
      if (!oversized) {
        line.write(b);
      }
    }
  }

  private void endLine() {
    if (oversized) {
      listener.onOversizedLine();
    } else {
      listener.onLine(line.toString(StandardCharsets.UTF_8));
    }
    line.reset();
    oversized = false;
    lineBytes = 0;
  }
}
