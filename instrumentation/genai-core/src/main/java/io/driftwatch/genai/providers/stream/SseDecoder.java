package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Assembles server-sent events from lines as the bytes pass, holding no more than the event being
 * read. An event larger than the bound is skipped (and reported), never buffered whole. Works on
 * bytes: the event's data is handed over as a byte range, and event names come from a small cache,
 * so a typical event makes no String.
 */
final class SseDecoder implements BoundedLineSplitter.LineListener, EventDecoder {

  /** Receives each complete event. */
  interface Listener {
    /** The event's data bytes (its data lines joined by newlines), valid only during the call. */
    default void onEvent(String eventType, byte[] data, int offset, int length) {
      onEvent(eventType, new String(data, offset, length, StandardCharsets.UTF_8));
    }

    default void onEvent(String eventType, String data) {}

    void onOversizedEvent();
  }

  private static final byte[] NEWLINE = {'\n'};
  private static final int INITIAL_CAPACITY = 256;
  /** A buffer grown past this for one large event is dropped afterwards rather than kept for the stream's life. */
  private static final int RETAINED_CAPACITY = 64 * 1024;

  private final int maxEventBytes;
  private final Listener listener;
  private final BoundedLineSplitter lines;
  private final EventNames eventNames = new EventNames();
  private byte[] data = new byte[INITIAL_CAPACITY];
  private int dataLength;
  private String eventType;
  private boolean oversized;

  SseDecoder(int maxEventBytes, Listener listener) {
    this.maxEventBytes = maxEventBytes;
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
  public void onLine(byte[] line, int length) {
    if (length == 0) {
      dispatch();
    } else if (oversized) {
      return; // the rest of an oversized event is dropped with it
    } else if (startsWith(line, length, "data:")) {
      int from = length > 5 && line[5] == ' ' ? 6 : 5;
      if (dataLength > 0) {
        appendData(NEWLINE, 0, 1);
      }
      appendData(line, from, length - from);
    } else if (startsWith(line, length, "event:")) {
      int from = length > 6 && line[6] == ' ' ? 7 : 6;
      eventType = eventNames.name(line, from, length);
    }
  }

  private static boolean startsWith(byte[] line, int length, String prefix) {
    if (length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (line[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void appendData(byte[] bytes, int from, int length) {
    if (dataLength + length > maxEventBytes) {
      oversized = true;
      return;
    }
    if (dataLength + length > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, dataLength + length));
    }
    System.arraycopy(bytes, from, data, dataLength, length);
    dataLength += length;
  }

  @Override
  public void onOversizedLine() {
    oversized = true;
  }

  private void dispatch() {
    if (oversized) {
      listener.onOversizedEvent();
    } else if (dataLength > 0) {
      listener.onEvent(eventType, data, 0, dataLength);
    }
    dataLength = 0;
    eventType = null;
    oversized = false;
    if (data.length > RETAINED_CAPACITY) {
      data = new byte[INITIAL_CAPACITY];
    }
  }
}
