package io.driftwatch.genai.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Splits newline-delimited JSON ({@code application/x-ndjson}, as Ollama streams) into lines as
 * the bytes pass, holding no more than the line being read. Each non-blank line goes to the same
 * listener SSE events go to, as a data-only event; a line longer than the bound is skipped and
 * reported, never buffered whole.
 */
final class NdjsonDecoder {

  private final int maxLineBytes;
  private final SseDecoder.Listener listener;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private boolean oversized;
  private int lineBytes;

  NdjsonDecoder(int maxLineBytes, SseDecoder.Listener listener) {
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

  /** The stream ended: a last line without its newline still counts. */
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
      listener.onOversizedEvent();
    } else if (line.size() > 0) {
      String text = line.toString(StandardCharsets.UTF_8).trim();
      if (!text.isEmpty()) {
        listener.onEvent(null, text);
      }
    }
    line.reset();
    oversized = false;
    lineBytes = 0;
  }
}
