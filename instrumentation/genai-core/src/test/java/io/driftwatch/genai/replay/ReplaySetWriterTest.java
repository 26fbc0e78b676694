package io.driftwatch.genai.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.analysis.content.ContentRedactor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer never holds the analyzer up: what it cannot take or cannot write is dropped and counted. */
class ReplaySetWriterTest {

  @TempDir
  Path temp;

  private final List<String> drops = new CopyOnWriteArrayList<>();

  private static ReplaySetWriter.SampledCall call(String body) {
    return new ReplaySetWriter.SampledCall(0, "openai", "OPENAI_CHAT", "chat", "gpt-4o-mini", null, "v1",
        body.getBytes(StandardCharsets.UTF_8), "Open Trash.", true, false, null, 11);
  }

  private ReplaySetWriter writer(Path directory, long maxBytes, int queueCapacity) {
    return new ReplaySetWriter(directory, maxBytes, 10, new RequestRedaction(ContentRedactor.BUILT_IN),
        (reason, message) -> drops.add(reason), queueCapacity);
  }

  @Test
  void aFullQueueDropsAndCountsWithoutBlocking() {
    ReplaySetWriter writer = writer(temp.resolve("set"), 1 << 20, 2); // not started: nothing drains

    for (int i = 0; i < 5; i++) {
      writer.offer(call("{\"model\":\"gpt-4o-mini\"}"));
    }

    assertEquals(List.of("replay_queue_full", "replay_queue_full", "replay_queue_full"), drops);
  }

  @Test
  void aFullSetAndAnUnwritableFolderAreCountedByReason() throws Exception {
    ReplaySetWriter small = writer(temp.resolve("small"), 400, 8);
    small.write(call("{\"model\":\"gpt-4o-mini\",\"messages\":[]}"));
    small.write(call("{\"model\":\"gpt-4o-mini\",\"messages\":[\"" + "x".repeat(200) + "\"]}"));
    Path file = Files.writeString(temp.resolve("file"), "x");
    writer(file.resolve("set"), 1 << 20, 8).write(call("{}"));

    assertTrue(drops.contains("replay_line_too_large"), drops.toString());
    assertTrue(drops.contains("replay_write_failed"), drops.toString());
  }

  @Test
  void aRequestBodyThatIsNotJsonIsCountedNotThrown() {
    writer(temp.resolve("set"), 1 << 20, 8).write(call("not json"));

    assertEquals(List.of("replay_write_failed"), drops);
  }
}
