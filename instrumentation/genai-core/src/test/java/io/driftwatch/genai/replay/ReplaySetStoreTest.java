package io.driftwatch.genai.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds of the replay set on disk: per key, in total, and what goes first. */
class ReplaySetStoreTest {

  @TempDir
  Path set;

  private static String line(int n) {
    return "{\"v\":1,\"n\":" + n + ",\"pad\":\"" + "x".repeat(100) + "\"}";
  }

  private List<String> linesOfKey(String key) throws IOException {
    List<String> lines = new ArrayList<>();
    String stem = ReplaySetStore.fileStem(key);
    for (Path file : ReplayFiles.setFiles(set)) {
      if (file.getFileName().toString().startsWith(stem)) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    return lines;
  }

  @Test
  void aKeyNeverHoldsMoreThanItsCapAndKeepsTheMostRecentCalls() throws IOException {
    ReplaySetStore store = new ReplaySetStore(set, 10 << 20, 10);
    for (int n = 0; n < 37; n++) {
      assertEquals(ReplaySetStore.Refusal.NONE, store.append("openai gpt-4o-mini v1", line(n)));
    }

    List<String> kept = linesOfKey("openai gpt-4o-mini v1");
    assertTrue(kept.size() <= 10 && kept.size() >= 5, kept.size() + " lines");
    assertTrue(kept.stream().anyMatch(l -> l.contains("\"n\":36,")), "the newest call is kept");
    assertFalse(kept.stream().anyMatch(l -> l.contains("\"n\":20,")), "old calls rotate out");
    assertEquals(2, ReplayFiles.setFiles(set).size(), "the current file and one rotated file");
  }

  @Test
  void aStoreReopenedOnTheSameFolderCountsTheLinesAlreadyThere() throws IOException {
    for (int round = 0; round < 4; round++) {
      ReplaySetStore store = new ReplaySetStore(set, 10 << 20, 10);
      for (int n = 0; n < 4; n++) {
        store.append("k", line(round * 10 + n));
      }
    }

    assertTrue(linesOfKey("k").size() <= 10, linesOfKey("k").size() + " lines");
  }

  @Test
  void theSizeCapDeletesTheOldestRotatedFilesFirstThenRefuses() throws IOException {
    int lineBytes = line(0).length() + 1;
    ReplaySetStore store = new ReplaySetStore(set, lineBytes * 6L, 4);
    for (int n = 0; n < 6; n++) {
      store.append("old", line(n)); // ends as 2 lines in the current file and 2 rotated
    }
    for (int n = 0; n < 3; n++) {
      assertEquals(ReplaySetStore.Refusal.NONE, store.append("new", line(100 + n))); // the third rotates "new"
    }
    assertTrue(totalBytes() <= lineBytes * 6L);
    assertFalse(Files.exists(set.resolve(ReplaySetStore.fileStem("old") + ReplaySetStore.ROTATED_SUFFIX)),
        "the oldest rotated file made room");

  }

  @Test
  void withNothingRotatedLeftToDeleteAFullSetRefusesNewLines() throws IOException {
    int lineBytes = line(0).length() + 1;
    ReplaySetStore store = new ReplaySetStore(set, lineBytes * 4L, 1000);
    for (int n = 0; n < 4; n++) {
      assertEquals(ReplaySetStore.Refusal.NONE, store.append("k" + n, line(n)));
    }

    assertEquals(ReplaySetStore.Refusal.SET_FULL, store.append("k9", line(9)));
    assertTrue(linesOfKey("k9").isEmpty());
    assertEquals(4, ReplayFiles.setFiles(set).size());
  }

  @Test
  void aLineLargerThanAQuarterOfTheCapIsRefused() throws IOException {
    ReplaySetStore store = new ReplaySetStore(set, 200, 10);

    assertEquals(ReplaySetStore.Refusal.LINE_TOO_LARGE, store.append("k", line(1)));
  }

  @Test
  void fileNamesAreSafeAndDistinctForKeysThatLookAlike() {
    String a = ReplaySetStore.fileStem("openai ../../etc/passwd v1");
    String b = ReplaySetStore.fileStem("openai __/__/etc/passwd v1");

    assertFalse(a.contains("/") || a.contains(".."), a);
    assertTrue(!a.equals(b), a + " vs " + b);
  }

  private long totalBytes() throws IOException {
    long total = 0;
    for (Path file : ReplayFiles.setFiles(set)) {
      total += Files.size(file);
    }
    return total;
  }
}
