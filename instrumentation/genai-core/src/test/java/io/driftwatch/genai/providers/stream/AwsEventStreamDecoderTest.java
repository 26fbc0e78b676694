package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsEventStreamDecoderTest {

  private final List<String> seen = new ArrayList<>();
  private final SseDecoder.Listener recorder = new SseDecoder.Listener() {
    @Override
    public void onEvent(String eventType, String data) {
      seen.add(eventType + " " + data);
    }

    @Override
    public void onOversizedEvent() {
      seen.add("<oversized>");
    }
  };

  @Test
  void decodesEachMessageWhateverTheChunking() {
    byte[] stream = concat(message("event", "contentBlockDelta", null, "{\"delta\":{\"text\":\"Hi\"}}"),
        message("event", "metadata", null, "{\"usage\":{\"outputTokens\":1}}"));
    for (int chunk = 1; chunk <= stream.length; chunk++) {
      seen.clear();
      AwsEventStreamDecoder decoder = new AwsEventStreamDecoder(1 << 20, recorder);
      for (int i = 0; i < stream.length; i += chunk) {
        decoder.accept(stream, i, Math.min(chunk, stream.length - i));
      }
      assertEquals(List.of("contentBlockDelta {\"delta\":{\"text\":\"Hi\"}}", "metadata {\"usage\":{\"outputTokens\":1}}"),
          seen, "chunk size " + chunk);
    }
  }

  @Test
  void anExceptionMessageIsNamedByItsExceptionType() {
    AwsEventStreamDecoder decoder = new AwsEventStreamDecoder(1 << 20, recorder);
    decoder.accept(ByteBuffer.wrap(message("exception", null, "throttlingException", "{\"message\":\"slow down\"}")));
    assertEquals(List.of("exception:throttlingException {\"message\":\"slow down\"}"), seen);
  }

  @Test
  void aMessageOverTheBoundIsSkippedAndTheNextOneStillDecodes() {
    byte[] big = message("event", "contentBlockDelta", null, "{\"delta\":{\"text\":\"" + "x".repeat(500) + "\"}}");
    byte[] small = message("event", "messageStop", null, "{\"stopReason\":\"end_turn\"}");
    AwsEventStreamDecoder decoder = new AwsEventStreamDecoder(200, recorder);
    byte[] stream = concat(big, small);
    decoder.accept(stream, 0, 100);
    decoder.accept(stream, 100, stream.length - 100);
    assertEquals(List.of("<oversized>", "messageStop {\"stopReason\":\"end_turn\"}"), seen);
  }

  /** A message with string headers; CRCs left zero, as the decoder does not check them. */
  private static byte[] message(String messageType, String eventType, String exceptionType, String payload) {
    ByteArrayOutputStream headers = new ByteArrayOutputStream();
    stringHeader(headers, ":message-type", messageType);
    if (eventType != null) {
      stringHeader(headers, ":event-type", eventType);
    }
    if (exceptionType != null) {
      stringHeader(headers, ":exception-type", exceptionType);
    }
    headers.write(":flag".length());
    headers.writeBytes(":flag".getBytes(StandardCharsets.UTF_8));
    headers.write(0); // a boolean header: no value bytes
    byte[] headerBytes = headers.toByteArray();
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    int total = 12 + headerBytes.length + body.length + 4;
    return ByteBuffer.allocate(total).putInt(total).putInt(headerBytes.length).putInt(0)
        .put(headerBytes).put(body).putInt(0).array();
  }

  private static void stringHeader(ByteArrayOutputStream out, String name, String value) {
    out.write(name.length());
    out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
    out.write(7);
    byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(0);
    out.write(valueBytes.length);
    out.writeBytes(valueBytes);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteBuffer both = ByteBuffer.allocate(first.length + second.length);
    return both.put(first).put(second).array();
  }
}
