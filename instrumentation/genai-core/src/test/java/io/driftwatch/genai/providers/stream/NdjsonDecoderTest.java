package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NDJSON lines come out whole however the bytes are cut, and an oversized line is skipped, not kept. */
class NdjsonDecoderTest {

  private final List<String> lines = new ArrayList<>();
  private int oversized;
  private final SseDecoder.Listener listener = new SseDecoder.Listener() {
    @Override
    public void onEvent(String eventType, String data) {
      lines.add(eventType == null ? data : eventType + ":" + data);
    }

    @Override
    public void onOversizedEvent() {
      oversized++;
    }
  };

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void eachLineIsOneDataOnlyEvent() {
    NdjsonDecoder decoder = new NdjsonDecoder(1024, listener);

    decoder.accept(ByteBuffer.wrap(utf8("{\"a\":1}\n{\"b\":2}\n")));

    assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), lines);
  }

  @Test
  void linesSplitAcrossReadsAreJoinedByteByByte() {
    NdjsonDecoder decoder = new NdjsonDecoder(1024, listener);
    byte[] bytes = utf8("{\"text\":\"h\u00e9llo\"}\n{\"done\":true}\n");

    for (int i = 0; i < bytes.length; i++) {
      decoder.accept(bytes, i, 1); // splits the two-byte é too
    }

    assertEquals(List.of("{\"text\":\"h\u00e9llo\"}", "{\"done\":true}"), lines);
  }

  @Test
  void crLfLineEndsAndBlankLinesAreTolerated() {
    NdjsonDecoder decoder = new NdjsonDecoder(1024, listener);

    decoder.accept(ByteBuffer.wrap(utf8("{\"a\":1}\r\n\r\n  \n{\"b\":2}\r\n")));

    assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), lines);
  }

  @Test
  void anOversizedLineIsSkippedAndReportedAndTheNextLineStillArrives() {
    NdjsonDecoder decoder = new NdjsonDecoder(16, listener);

    decoder.accept(ByteBuffer.wrap(utf8("{\"a\":\"" + "x".repeat(100) + "\"}\n{\"b\":2}\n")));

    assertEquals(1, oversized);
    assertEquals(List.of("{\"b\":2}"), lines);
  }

  @Test
  void aLineOfExactlyTheBoundIsKept() {
    NdjsonDecoder decoder = new NdjsonDecoder(7, listener);

    decoder.accept(ByteBuffer.wrap(utf8("{\"a\":1}\n")));

    assertEquals(List.of("{\"a\":1}"), lines);
    assertEquals(0, oversized);
  }

  @Test
  void flushDeliversALastLineThatHadNoNewline() {
    NdjsonDecoder decoder = new NdjsonDecoder(1024, listener);
    decoder.accept(ByteBuffer.wrap(utf8("{\"a\":1}\n{\"done\":true}")));

    decoder.flush();
    decoder.flush();

    assertEquals(List.of("{\"a\":1}", "{\"done\":true}"), lines);
  }

  @Test
  void bufferPositionIsLeftUntouched() {
    NdjsonDecoder decoder = new NdjsonDecoder(1024, listener);
    ByteBuffer buffer = ByteBuffer.wrap(utf8("{\"a\":1}\n"));

    decoder.accept(buffer);

    assertEquals(0, buffer.position());
  }
}
