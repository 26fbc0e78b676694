package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;

/**
 * Newline-delimited JSON ({@code application/x-ndjson}, as Ollama streams): each non-blank line
 * goes to the same listener SSE events go to, as a data-only event. A line longer than the bound
 * is skipped and reported, never buffered whole.
 */
final class NdjsonDecoder implements BoundedLineSplitter.LineListener, EventDecoder {

  private final SseDecoder.Listener listener;
  private final BoundedLineSplitter lines;

  NdjsonDecoder(int maxLineBytes, SseDecoder.Listener listener) {
    this.listener = listener;
    this.lines = new BoundedLineSplitter(maxLineBytes, this);
  }

  @Override
  public void accept(byte[] bytes, int offset, int length) {
    lines.accept(bytes, offset, length);
  }

  @Override
  public void accept(ByteBuffer buffer) {
    lines.accept(buffer);
  }

  /** The stream ended: a last line without its newline still counts. */
  @Override
  public void flush() {
    lines.flush();
  }

  @Override
  public void onLine(byte[] line, int length) {
    int from = 0;
    int to = length;
    while (from < to && (line[from] & 0xFF) <= ' ') {
      from++;
    }
    while (to > from && (line[to - 1] & 0xFF) <= ' ') {
      to--;
    }
    if (to > from) {
      listener.onEvent(null, line, from, to - from);
    }
  }

  @Override
  public void onOversizedLine() {
    listener.onOversizedEvent();
  }
}
