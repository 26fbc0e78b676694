package io.driftwatch.genai.providers.stream;

import java.util.Arrays;

/**
 * Events framed on a thread that must do nothing more (a Netty event loop), kept with their
 * arrival time until the analyzer's thread folds them. Bounded: past {@link #MAX_BYTES} (event
 * bytes plus {@link #PER_EVENT_BYTES} of bookkeeping each) further events are dropped and counted,
 * never waited for. Written by the reading thread, drained once after the exchange ended.
 *
 * <p>The bytes go into blocks that are filled, never regrown: keeping an event costs its copy and
 * nothing more (a doubling array would copy everything kept so far, again and again).
 */
final class FramedEvents {

  /** Receives each kept event, in arrival order. */
  interface Folder {
    void fold(String eventType, byte[] data, int offset, int length, long arrivalNanoTime);
  }

  static final int MAX_BYTES = 4 << 20;
  /** What one event's place, time and name reference cost, charged to the bound. */
  static final int PER_EVENT_BYTES = 32;
  private static final int BLOCK_BYTES = 16 * 1024;
  private static final int INITIAL_EVENTS = 64;

  private byte[][] blocks = new byte[4][];
  private int blockCount;
  /** Bytes used of the last block. */
  private int blockUsed;
  private long bytesKept;
  private int count;
  private int[] blockOf;
  private int[] offsets;
  private int[] lengths;
  private long[] arrivals;
  private String[] types;
  private long dropped;

  /** Copies the event; @return false when it was dropped for the bound */
  boolean add(String eventType, byte[] data, int offset, int length, long arrivalNanoTime) {
    if (bytesKept + length + (long) (count + 1) * PER_EVENT_BYTES > MAX_BYTES) {
      dropped++;
      return false;
    }
    if (blockCount == 0 || blocks[blockCount - 1].length - blockUsed < length) {
      newBlock(Math.max(BLOCK_BYTES, length));
    }
    if (types == null || count == types.length) {
      growEvents();
    }
    System.arraycopy(data, offset, blocks[blockCount - 1], blockUsed, length);
    blockOf[count] = blockCount - 1;
    offsets[count] = blockUsed;
    lengths[count] = length;
    arrivals[count] = arrivalNanoTime;
    types[count++] = eventType; // names come from the decoder's cache: a reference, not a copy
    blockUsed += length;
    bytesKept += length;
    return true;
  }

  private void newBlock(int size) {
    if (blockCount == blocks.length) {
      blocks = Arrays.copyOf(blocks, blockCount * 2);
    }
    blocks[blockCount++] = new byte[size];
    blockUsed = 0;
  }

  private void growEvents() {
    int size = types == null ? INITIAL_EVENTS : count * 2;
    blockOf = types == null ? new int[size] : Arrays.copyOf(blockOf, size);
    offsets = types == null ? new int[size] : Arrays.copyOf(offsets, size);
    lengths = types == null ? new int[size] : Arrays.copyOf(lengths, size);
    arrivals = types == null ? new long[size] : Arrays.copyOf(arrivals, size);
    types = types == null ? new String[size] : Arrays.copyOf(types, size);
  }

  /** Hands every kept event to {@code folder}, then lets the memory go. */
  void drain(Folder folder) {
    for (int i = 0; i < count; i++) {
      folder.fold(types[i], blocks[blockOf[i]], offsets[i], lengths[i], arrivals[i]);
    }
    blocks = new byte[1][];
    blockCount = 0;
    blockUsed = 0;
    bytesKept = 0;
    count = 0;
    blockOf = offsets = lengths = null;
    arrivals = null;
    types = null;
  }

  /** Events dropped for the bound. */
  long dropped() {
    return dropped;
  }
}
