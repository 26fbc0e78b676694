package io.driftwatch.genai.stream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Splits server-sent events out of bytes as they pass, without holding more than the event being
 * read. An event larger than the bound is skipped (and reported), never buffered whole.
 */
final class SseDecoder {

  /** Receives each complete event. */
  interface Listener {
    void onEvent(String eventType, String data);

    void onOversizedEvent();
  }

  private final int maxEventBytes;
  private final Listener listener;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private final StringBuilder data = new StringBuilder();
  private String eventType;
  private boolean oversized;
  private int eventBytes;

  SseDecoder(int maxEventBytes, Listener listener) {
    this.maxEventBytes = maxEventBytes;
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

  private void accept(byte b) {
    if (b == '\n') {
      endLine();
    } else if (b != '\r') {
      if (++eventBytes > maxEventBytes) {
        oversized = true;
      }
      if (!oversized) {
        line.write(b);
      }
    }
  }

  private void endLine() {
    if (oversized) {
      listener.onOversizedEvent(); // the rest of that event's lines parse as nothing and are dropped
      reset();
      return;
    }
    if (line.size() == 0) {
      dispatch();
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.startsWith("data:")) {
      if (data.length() > 0) {
        data.append('\n');
      }
      data.append(text, text.startsWith("data: ") ? 6 : 5, text.length());
    } else if (text.startsWith("event:")) {
      eventType = text.substring(text.startsWith("event: ") ? 7 : 6).trim();
    }
  }

  private void dispatch() {
    if (data.length() > 0) {
      listener.onEvent(eventType, data.toString());
    }
    reset();
  }

  private void reset() {
    data.setLength(0);
    eventType = null;
    oversized = false;
    eventBytes = 0;
    line.reset();
  }
}
