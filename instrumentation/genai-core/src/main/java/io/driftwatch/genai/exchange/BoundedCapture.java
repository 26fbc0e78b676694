package io.driftwatch.genai.exchange;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A copy of the bytes an application reads, kept up to a limit. Past the limit it only counts:
 * the agent's memory per call is bounded whatever the body size.
 */
public final class BoundedCapture {

  private static final int INITIAL_SIZE = 8 * 1024;

  private final int limit;
  private byte[] bytes;
  private int size;
  private long totalBytes;
  private boolean overflowed;

  public BoundedCapture(int limit, long expectedLength) {
    this.limit = limit;
    long initial = expectedLength > 0 ? Math.min(expectedLength, limit) : Math.min(INITIAL_SIZE, limit);
    this.bytes = new byte[(int) initial];
  }

  public void append(byte[] source, int offset, int length) {
    if (length <= 0) {
      return;
    }
    totalBytes += length;
    if (overflowed) {
      return;
    }
    if (!reserve(length)) {
      return;
    }
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  /** Copies the readable bytes without moving the buffer's position: the owner reads them next. */
  public void append(ByteBuffer source) {
    int length = source.remaining();
    if (length <= 0) {
      return;
    }
    totalBytes += length;
    if (overflowed) {
      return;
    }
    if (!reserve(length)) {
      return;
    }
    source.duplicate().get(bytes, size, length);
    size += length;
  }

  private boolean reserve(int length) {
    if ((long) size + length > limit) {
      overflowed = true;
      bytes = null; // a partial JSON document is of no use; free it now
      size = 0;
      return false;
    }
    if (size + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(size + length, bytes.length * 2)));
    }
    return true;
  }

  public boolean overflowed() {
    return overflowed;
  }

  public long totalBytes() {
    return totalBytes;
  }

  /** The captured bytes, or null after an overflow. */
  public byte[] bytes() {
    return overflowed ? null : bytes;
  }

  public int size() {
    return size;
  }
}
