package io.driftwatch.genai.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The line format: what is written reads back, and what cannot be read says where. */
class ReplayLinesTest {

  private static ReplayCase sample() throws Exception {
    return new ReplayCase("2026-12-02T06:00:00Z", "openai", "OPENAI_CHAT", "chat", "gpt-4o-mini",
        "gpt-4o-mini-2024-07-18", "v1", new ObjectMapper().readTree("{\"model\":\"gpt-4o-mini\",\"messages\":[]}"),
        "Open Trash.", true, false, null, 11, null);
  }

  @Test
  void aLineReadsBackAsTheCaseItWasWrittenFrom() throws Exception {
    ReplayCase written = sample();

    String line = ReplayLines.encode(written);

    assertTrue(line.startsWith("{\"v\":1,"), line);
    assertEquals(written, ReplayLines.decode(line, "set.jsonl", 1));
    assertNull(ReplayLines.decode(line, "set.jsonl", 1).formatCompliant());
  }

  @Test
  void aTruncatedLineNamesTheFileAndTheLine() throws Exception {
    String line = ReplayLines.encode(sample());

    ReplaySetException error = assertThrows(ReplaySetException.class,
        () -> ReplayLines.decode(line.substring(0, line.length() / 2), "golden/checkout.jsonl", 7));

    assertTrue(error.getMessage().startsWith("golden/checkout.jsonl:7: "), error.getMessage());
    assertTrue(error.getMessage().contains("truncated"), error.getMessage());
  }

  @Test
  void anUnknownVersionIsRefusedWithTheVersionItSaw() throws Exception {
    String line = ReplayLines.encode(sample()).replace("{\"v\":1,", "{\"v\":2,");

    ReplaySetException error = assertThrows(ReplaySetException.class, () -> ReplayLines.decode(line, "a.jsonl", 3));

    assertTrue(error.getMessage().startsWith("a.jsonl:3: unknown version v=2"), error.getMessage());
  }

  @Test
  void aMissingFieldIsNamed() throws Exception {
    String line = ReplayLines.encode(sample()).replace("\"answer\":", "\"reply\":");

    ReplaySetException error = assertThrows(ReplaySetException.class, () -> ReplayLines.decode(line, "a.jsonl", 1));

    assertTrue(error.getMessage().contains("\"answer\""), error.getMessage());
  }
}
