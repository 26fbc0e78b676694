package io.driftwatch.genai.providers.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The AWS event stream framing ({@code application/vnd.amazon.eventstream}, as Bedrock's
 * ConverseStream answers): binary messages of a 12-byte prelude (total length, headers length,
 * CRC), typed headers, a JSON payload and a CRC. Each message goes to the listener as one event
 * named by its {@code :event-type} header ({@code exception:} plus {@code :exception-type} for
 * errors). Holds one message at most; a message over the bound is skipped and reported. CRCs are
 * not checked: the client already does, and a bad frame only costs us one event.
 */
public final class AwsEventStreamDecoder implements EventDecoder {

  public static final String EXCEPTION_PREFIX = "exception:";
  private static final int PRELUDE_BYTES = 12;
  private static final int TRAILER_BYTES = 4;
  private static final byte STRING_HEADER = 7;

  private final int maxMessageBytes;
  private final SseDecoder.Listener listener;
  private final BufferChunks buffers = new BufferChunks(this::accept);
  private final byte[] prelude = new byte[PRELUDE_BYTES];
  private int preludeFilled;
  private byte[] message; // headers, payload and trailer of the current message, when within the bound
  private int messageFilled;
  private long skipRemaining; // bytes of an oversized message still to pass over

  AwsEventStreamDecoder(int maxMessageBytes, SseDecoder.Listener listener) {
    this.maxMessageBytes = maxMessageBytes;
    this.listener = listener;
  }

  @Override
  public void accept(ByteBuffer buffer) {
    buffers.feed(buffer);
  }

  @Override
  public void accept(byte[] bytes, int offset, int length) {
    int position = offset;
    int end = offset + length;
    while (position < end) {
      if (skipRemaining > 0) {
        int skipped = (int) Math.min(skipRemaining, end - position);
        skipRemaining -= skipped;
        position += skipped;
      } else if (preludeFilled < PRELUDE_BYTES) {
        int n = Math.min(PRELUDE_BYTES - preludeFilled, end - position);
        System.arraycopy(bytes, position, prelude, preludeFilled, n);
        preludeFilled += n;
        position += n;
        if (preludeFilled == PRELUDE_BYTES) {
          startMessage();
        }
      } else {
        int n = Math.min(message.length - messageFilled, end - position);
        System.arraycopy(bytes, position, message, messageFilled, n);
        messageFilled += n;
        position += n;
        if (messageFilled == message.length) {
          endMessage();
        }
      }
    }
  }

  private void startMessage() {
    long totalLength = readInt(prelude, 0) & 0xFFFFFFFFL;
    long rest = totalLength - PRELUDE_BYTES;
    if (rest < TRAILER_BYTES || totalLength > maxMessageBytes) {
      // too large, or not this framing at all: pass over what the prelude announces and say so
      listener.onOversizedEvent();
      skipRemaining = Math.max(rest, 0);
      preludeFilled = 0;
      return;
    }
    message = new byte[(int) rest];
    messageFilled = 0;
  }

  private void endMessage() {
    int headersLength = readInt(prelude, 4);
    int payloadLength = message.length - headersLength - TRAILER_BYTES;
    preludeFilled = 0;
    byte[] done = message;
    message = null;
    if (headersLength < 0 || payloadLength < 0) {
      listener.onOversizedEvent();
      return;
    }
    String eventType = null;
    String messageType = null;
    String exceptionType = null;
    int position = 0;
    while (position < headersLength) {
      int nameLength = done[position] & 0xFF;
      String name = new String(done, position + 1, nameLength, StandardCharsets.UTF_8);
      position += 1 + nameLength;
      byte type = done[position++];
      if (type != STRING_HEADER) {
        position = skipValue(type, done, position);
        if (position < 0) {
          listener.onOversizedEvent();
          return;
        }
        continue;
      }
      int valueLength = ((done[position] & 0xFF) << 8) | (done[position + 1] & 0xFF);
      String value = new String(done, position + 2, valueLength, StandardCharsets.UTF_8);
      position += 2 + valueLength;
      switch (name) {
        case ":event-type" -> eventType = value;
        case ":message-type" -> messageType = value;
        case ":exception-type" -> exceptionType = value;
        default -> { }
      }
    }
    if ("exception".equals(messageType) || "error".equals(messageType)) {
      listener.onEvent(EXCEPTION_PREFIX + exceptionType, done, headersLength, payloadLength);
    } else {
      listener.onEvent(eventType, done, headersLength, payloadLength);
    }
  }

  /** @return the position after a non-string header value, or -1 for an unknown type */
  private static int skipValue(byte type, byte[] bytes, int position) {
    switch (type) {
      case 0, 1 -> {
        return position; // true, false: no value bytes
      }
      case 2 -> {
        return position + 1;
      }
      case 3 -> {
        return position + 2;
      }
      case 4 -> {
        return position + 4;
      }
      case 5, 8 -> {
        return position + 8;
      }
      case 6 -> {
        return position + 2 + (((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF));
      }
      case 9 -> {
        return position + 16;
      }
      default -> {
        return -1;
      }
    }
  }

  private static int readInt(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
        | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
  }
}
