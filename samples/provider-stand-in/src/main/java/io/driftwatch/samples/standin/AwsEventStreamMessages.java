package io.driftwatch.samples.standin;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Encodes AWS event stream messages ({@code application/vnd.amazon.eventstream}): a prelude of
 * total length, headers length and their CRC32; string headers; the JSON payload; a CRC32 of all
 * before it. The AWS SDKs check both CRCs, so these must be right.
 */
final class AwsEventStreamMessages {

  private static final byte STRING = 7;

  private AwsEventStreamMessages() {}

  /** An {@code event} message of the given type carrying a JSON payload. */
  static byte[] event(String eventType, String jsonPayload) {
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    header(headers, ":event-type", eventType);
    header(headers, ":content-type", "application/json");
    header(headers, ":message-type", "event");
    byte[] headerBytes = headers.toByteArray();
    byte[] payload = jsonPayload.getBytes(StandardCharsets.UTF_8);
    int total = 12 + headerBytes.length + payload.length + 4;
    ByteBuffer message = ByteBuffer.allocate(total);
    message.putInt(total).putInt(headerBytes.length);
    message.putInt((int) crc(message.array(), 0, 8));
    message.put(headerBytes).put(payload);
    message.putInt((int) crc(message.array(), 0, total - 4));
    return message.array();
  }

  private static void header(ByteArrayOutputStream out, String name, String value) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(nameBytes.length);
    out.writeBytes(nameBytes);
    out.write(STRING);
    out.write(valueBytes.length >> 8);
    out.write(valueBytes.length & 0xFF);
    out.writeBytes(valueBytes);
  }

  private static long crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }
}
