package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits bytes into lines as they pass ({@code \n} or {@code \r\n}), holding no more than the
 * line being read. A line longer than the bound is skipped and reported, never buffered whole.
 * The shared first step of the SSE and NDJSON decoders.
 *
 * <p>Runs on the application's reading thread for every streamed byte, so it copies whole spans
 * between line ends rather than byte by byte, and is deliberately unsynchronized (one reader).
 */
final class BoundedLineSplitter {

  /** Receives each line, without its line ending. */
  interface LineListener {
    /** The line's bytes, valid only during the call: no String is made on the reading thread. */
    default void onLine(byte[] line, int length) {
      onLine(new String(line, 0, length, StandardCharsets.UTF_8));
    }

    default void onLine(String line) {}

    void onOversizedLine();
  }

  private static final int INITIAL_CAPACITY = 256;
  /** A buffer grown past this for one long line is dropped afterwards rather than kept for the stream's life. */
  private static final int RETAINED_CAPACITY = 64 * 1024;

  private final int maxLineBytes;
  private final LineListener listener;
  private final BufferChunks buffers = new BufferChunks(this::accept);
  private byte[] line = new byte[INITIAL_CAPACITY];
  private int lineLength;
  private boolean oversized;

  BoundedLineSplitter(int maxLineBytes, LineListener listener) {
    this.maxLineBytes = maxLineBytes;
    this.listener = listener;
  }

  void accept(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int spanStart = offset;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\n') {
        append(bytes, spanStart, i - spanStart);
        endLine();
        spanStart = i + 1;
      }
    }
    append(bytes, spanStart, end - spanStart);
  }

  /** Reads the buffer's remaining bytes without moving its position. */
  void accept(ByteBuffer buffer) {
    buffers.feed(buffer);
  }

  /** The input ended: a last line without its line ending still counts. */
  void flush() {
    if (oversized || contentLength() > 0) {
      endLine();
    }
  }

  private void append(byte[] bytes, int from, int length) {
    if (length == 0 || oversized) {
      return;
    }
    if (lineLength + length > maxLineBytes + 1) { // + 1: room for the '\r' of a "\r\n" ending
      oversized = true;
      lineLength = 0;
      return;
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(bytes, from, line, lineLength, length);
    lineLength += length;
  }

  private int contentLength() {
    return lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
  }

  private void endLine() {
    int length = contentLength();
    boolean tooLong = oversized || length > maxLineBytes;
    lineLength = 0;
    oversized = false;
    if (tooLong) {
      listener.onOversizedLine();
    } else {
      listener.onLine(line, length);
    }
    if (line.length > RETAINED_CAPACITY) {
      line = new byte[INITIAL_CAPACITY];
    }
  }
}
