package io.driftwatch.genai.providers.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineSplitterTest {

  private final List<String> seen = new ArrayList<>();
  private final BoundedLineSplitter.LineListener recorder = new BoundedLineSplitter.LineListener() {
    @Override
    public void onLine(String line) {
      seen.add(line);
    }

    @Override
    public void onOversizedLine() {
      seen.add("<oversized>");
    }
  };

  @Test
  void splitsOnLfAndCrLfWhateverTheChunking() {
    byte[] text = "data: {\"a\":1}\r\n\r\ndata: é\n\nlast".getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk <= text.length; chunk++) {
      seen.clear();
      BoundedLineSplitter splitter = new BoundedLineSplitter(100, recorder);
      for (int i = 0; i < text.length; i += chunk) {
        splitter.accept(text, i, Math.min(chunk, text.length - i));
      }
      splitter.flush();
      assertEquals(List.of("data: {\"a\":1}", "", "data: é", "", "last"), seen, "chunk size " + chunk);
    }
  }

  @Test
  void skipsALineOverTheBoundAndCarriesOnAfterIt() {
    BoundedLineSplitter splitter = new BoundedLineSplitter(5, recorder);
    byte[] text = "12345\r\n123456\nabc\n".getBytes(StandardCharsets.UTF_8);
    splitter.accept(text, 0, 9);
    splitter.accept(text, 9, text.length - 9);
    assertEquals(List.of("12345", "<oversized>", "abc"), seen);
  }

  @Test
  void readsDirectAndHeapBuffersWithoutMovingThem() {
    BoundedLineSplitter splitter = new BoundedLineSplitter(100, recorder);
    byte[] text = "one\ntwo\n".getBytes(StandardCharsets.UTF_8);
    ByteBuffer direct = ByteBuffer.allocateDirect(text.length).put(text).flip();
    ByteBuffer heapSlice = ByteBuffer.wrap(("xx" + "three\n").getBytes(StandardCharsets.UTF_8), 2, 6).slice();
    splitter.accept(direct);
    splitter.accept(heapSlice);
    assertEquals(List.of("one", "two", "three"), seen);
    assertEquals(0, direct.position());
    assertEquals(0, heapSlice.position());
  }

  @Test
  void aLastLineWithoutEndingCountsOnFlushButAnEmptyTailDoesNot() {
    BoundedLineSplitter splitter = new BoundedLineSplitter(100, recorder);
    byte[] text = "a\n".getBytes(StandardCharsets.UTF_8);
    splitter.accept(text, 0, text.length);
    splitter.flush();
    assertEquals(List.of("a"), seen);
  }
}
