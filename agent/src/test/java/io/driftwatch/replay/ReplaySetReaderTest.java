package io.driftwatch.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.replay.ReplayLines;
import io.driftwatch.genai.replay.ReplaySetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a set and picking what to replay. */
class ReplaySetReaderTest {

  @TempDir
  Path set;

  private static ReplayCase recorded(String version, int minute) throws Exception {
    return new ReplayCase(String.format("2026-12-02T06:%02d:00Z", minute), "openai", "OPENAI_CHAT", "chat",
        "gpt-4o-mini", null, version, new ObjectMapper().readTree("{\"n\":" + minute + "}"), "a", true, false, null, 1,
        null);
  }

  @Test
  void theSampleKeepsTheMostRecentCasesOfEachKeyInTheOrderTheyWereRecorded() throws Exception {
    List<ReplayCase> cases = new ArrayList<>();
    for (int minute = 10; minute > 0; minute--) {
      cases.add(recorded("v1", minute));
    }
    cases.add(recorded("v2", 30));

    Map<String, List<ReplayCase>> sample = ReplaySetReader.sample(cases, 3);

    assertEquals(List.of("openai gpt-4o-mini v1", "openai gpt-4o-mini v2"), List.copyOf(sample.keySet()));
    assertEquals(List.of("2026-12-02T06:08:00Z", "2026-12-02T06:09:00Z", "2026-12-02T06:10:00Z"),
        sample.get("openai gpt-4o-mini v1").stream().map(ReplayCase::recordedAt).toList());
  }

  @Test
  void aBadLineDeepInAFolderIsNamedWithItsLine() throws Exception {
    Path nested = Files.createDirectories(set.resolve("team"));
    Files.writeString(nested.resolve("golden.jsonl"), ReplayLines.encode(recorded("v1", 1)) + "\n\n"
        + ReplayLines.encode(recorded("v1", 2)).replace("\"answer\":\"a\",", "") + "\n");

    ReplaySetException error = assertThrows(ReplaySetException.class, () -> ReplaySetReader.read(set));

    assertTrue(error.getMessage().startsWith(nested.resolve("golden.jsonl") + ":3: "), error.getMessage());
  }

  @Test
  void anEmptyFolderIsNotASet() {
    ReplaySetException error = assertThrows(ReplaySetException.class, () -> ReplaySetReader.read(set));

    assertTrue(error.getMessage().contains("holds no replay set lines"), error.getMessage());
  }
}
