package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;

/**
 * Assembles server-sent events from lines as the bytes pass, holding no more than the event being
 * read. An event larger than the bound is skipped (and reported), never buffered whole.
 */
final class SseDecoder implements BoundedLineSplitter.LineListener, EventDecoder {

  /** Receives each complete event. */
  interface Listener {
    void onEvent(String eventType, String data);

    void onOversizedEvent();
  }

  private final int maxEventChars;
  private final Listener listener;
  private final BoundedLineSplitter lines;
  private final StringBuilder data = new StringBuilder();
  private String eventType;
  private boolean oversized;

  SseDecoder(int maxEventBytes, Listener listener) {
    this.maxEventChars = maxEventBytes;
    this.listener = listener;
    this.lines = new BoundedLineSplitter(maxEventBytes, this);
  }

  @Override
  public void accept(byte[] bytes, int offset, int length) {
    lines.accept(bytes, offset, length);
  }

  @Override
  public void accept(ByteBuffer buffer) {
    lines.accept(buffer);
  }

  @Override
  public void onLine(String line) {
    if (line.isEmpty()) {
      dispatch();
    } else if (oversized) {
      return; // the rest of an oversized event is dropped with it
    } else if (line.startsWith("data:")) {
      if (data.length() > 0) {
        data.append('\n');
      }
      data.append(line, line.startsWith("data: ") ? 6 : 5, line.length());
      oversized = data.length() > maxEventChars;
    } else if (line.startsWith("event:")) {
      eventType = line.substring(line.startsWith("event: ") ? 7 : 6).trim();
    }
  }

  @Override
  public void onOversizedLine() {
    oversized = true;
  }

  private void dispatch() {
    if (oversized) {
      listener.onOversizedEvent();
    } else if (data.length() > 0) {
      listener.onEvent(eventType, data.toString());
    }
    data.setLength(0);
    eventType = null;
    oversized = false;
  }
}
