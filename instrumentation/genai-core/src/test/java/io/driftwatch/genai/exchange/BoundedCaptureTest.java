package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A bounded copy of the response bytes: exact up to the limit, a counter past it. */
class BoundedCaptureTest {

  private static final int UNKNOWN_LENGTH = -1;

  private static byte[] ascending(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static byte[] captured(BoundedCapture capture) {
    return Arrays.copyOf(capture.bytes(), capture.size());
  }

  @Test
  void newCaptureIsEmpty() {
    BoundedCapture capture = new BoundedCapture(1024, UNKNOWN_LENGTH);

    assertEquals(0, capture.size());
    assertEquals(0, capture.totalBytes());
    assertFalse(capture.overflowed());
  }

  @Test
  void appendsTheGivenSliceOfAnArray() {
    BoundedCapture capture = new BoundedCapture(1024, UNKNOWN_LENGTH);

    capture.append(ascending(10), 2, 3);

    assertArrayEquals(new byte[] {2, 3, 4}, captured(capture));
    assertEquals(3, capture.totalBytes());
  }

  @Test
  void successiveAppendsAreKeptInOrder() {
    BoundedCapture capture = new BoundedCapture(1024, UNKNOWN_LENGTH);
    byte[] body = "{\"id\":\"chatcmpl-1\"}".getBytes(StandardCharsets.UTF_8);

    capture.append(body, 0, 5);
    capture.append(ByteBuffer.wrap(body, 5, 7));
    capture.append(body, 12, body.length - 12);

    assertArrayEquals(body, captured(capture));
  }

  @Test
  void appendsTheRemainingBytesOfAByteBufferWithoutMovingItsPosition() {
    BoundedCapture capture = new BoundedCapture(1024, UNKNOWN_LENGTH);
    ByteBuffer buffer = ByteBuffer.wrap(ascending(10));
    buffer.position(4).limit(8);

    capture.append(buffer);

    assertArrayEquals(new byte[] {4, 5, 6, 7}, captured(capture));
    assertEquals(4, buffer.position(), "the owner reads these bytes next");
    assertEquals(8, buffer.limit());
  }

  @Test
  void appendsFromDirectAndReadOnlyBuffers() {
    BoundedCapture capture = new BoundedCapture(1024, UNKNOWN_LENGTH);
    ByteBuffer direct = ByteBuffer.allocateDirect(3).put(new byte[] {1, 2, 3}).flip();
    ByteBuffer readOnly = ByteBuffer.wrap(new byte[] {4, 5}).asReadOnlyBuffer();

    capture.append(direct);
    capture.append(readOnly);

    assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, captured(capture));
    assertEquals(0, direct.position());
    assertEquals(0, readOnly.position());
  }

  @Test
  void growsPastItsInitialSizeWhenTheLengthIsUnknown() {
    BoundedCapture capture = new BoundedCapture(100_000, UNKNOWN_LENGTH);
    byte[] body = ascending(50_000);

    for (int offset = 0; offset < body.length; offset += 1_000) {
      capture.append(body, offset, 1_000);
    }

    assertArrayEquals(body, captured(capture));
    assertEquals(50_000, capture.totalBytes());
  }

  @Test
  void growsWhenTheDeclaredLengthWasTooSmall() {
    BoundedCapture capture = new BoundedCapture(1024, 4);
    byte[] body = ascending(100);

    capture.append(body, 0, 100);

    assertArrayEquals(body, captured(capture));
  }

  @Test
  void neverAllocatesMoreThanTheLimitWhateverTheDeclaredLength() {
    BoundedCapture capture = new BoundedCapture(1024, 1L << 30);

    assertTrue(capture.bytes().length <= 1024);
    capture.append(ascending(1000), 0, 1000);
    assertTrue(capture.bytes().length <= 1024);
  }

  @Test
  void bodyOfExactlyTheLimitIsKept() {
    BoundedCapture capture = new BoundedCapture(64, UNKNOWN_LENGTH);

    capture.append(ascending(64), 0, 64);

    assertFalse(capture.overflowed());
    assertArrayEquals(ascending(64), captured(capture));
  }

  @Test
  void oneByteOverTheLimitOverflowsAndFreesTheCopy() {
    BoundedCapture capture = new BoundedCapture(64, UNKNOWN_LENGTH);

    capture.append(ascending(60), 0, 60);
    capture.append(ascending(5), 0, 5);

    assertTrue(capture.overflowed());
    assertNull(capture.bytes(), "a partial document is of no use");
    assertEquals(0, capture.size());
  }

  @Test
  void afterOverflowItKeepsCountingEveryByte() {
    BoundedCapture capture = new BoundedCapture(16, UNKNOWN_LENGTH);

    capture.append(ascending(10), 0, 10);
    capture.append(ascending(10), 0, 10);
    capture.append(ascending(7), 0, 7);
    capture.append(ByteBuffer.wrap(ascending(3)));

    assertTrue(capture.overflowed());
    assertEquals(30, capture.totalBytes());
    assertNull(capture.bytes());
  }

  @Test
  void afterOverflowItStaysOverflowedEvenForTinyAppends() {
    BoundedCapture capture = new BoundedCapture(16, UNKNOWN_LENGTH);

    capture.append(ascending(17), 0, 17);
    capture.append(ascending(1), 0, 1);

    assertTrue(capture.overflowed());
    assertEquals(0, capture.size());
  }

  @Test
  void zeroLimitOverflowsOnTheFirstByte() {
    BoundedCapture capture = new BoundedCapture(0, 100);

    capture.append(ascending(1), 0, 1);

    assertTrue(capture.overflowed());
    assertEquals(1, capture.totalBytes());
  }

  @Test
  void emptyAppendsChangeNothing() {
    BoundedCapture capture = new BoundedCapture(16, UNKNOWN_LENGTH);

    capture.append(new byte[0], 0, 0);
    capture.append(ByteBuffer.allocate(0));

    assertEquals(0, capture.size());
    assertEquals(0, capture.totalBytes());
    assertFalse(capture.overflowed());
  }
  @Test
  void endOfStreamLengthIsNotCounted() {
    BoundedCapture capture = new BoundedCapture(16, UNKNOWN_LENGTH);
    capture.append(ascending(5), 0, 5);

    capture.append(new byte[8], 0, -1);

    assertEquals(5, capture.totalBytes());
    assertEquals(5, capture.size());
  }
}
