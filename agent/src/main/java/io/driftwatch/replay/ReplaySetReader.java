package io.driftwatch.replay;

import io.driftwatch.genai.replay.ReplayCase;
import io.driftwatch.genai.replay.ReplayFiles;
import io.driftwatch.genai.replay.ReplayLines;
import io.driftwatch.genai.replay.ReplaySetException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads every line of a replay set (a folder of {@code .jsonl} files, or one file); any bad line stops the read. */
final class ReplaySetReader {

  private ReplaySetReader() {}

  /** @throws ReplaySetException naming the file and line of the first bad line, or an empty set */
  static List<ReplayCase> read(Path set) {
    if (!Files.exists(set)) {
      throw new ReplaySetException(set.toString(), 0, "no such file or folder");
    }
    List<ReplayCase> cases = new ArrayList<>();
    try {
      for (Path file : ReplayFiles.setFiles(set)) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          int number = 0;
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
              cases.add(ReplayLines.decode(line, file.toString(), number));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the replay set " + set, e);
    }
    if (cases.isEmpty()) {
      throw new ReplaySetException(set.toString(), 0, "holds no replay set lines (*" + ReplayFiles.SUFFIX + ")");
    }
    return cases;
  }

  /**
   * The cases by (provider, model, prompt version), in the order each key first appears, each
   * cut to its {@code perKey} most recently recorded cases.
   */
  static Map<String, List<ReplayCase>> sample(List<ReplayCase> cases, int perKey) {
    Map<String, List<ReplayCase>> byKey = new LinkedHashMap<>();
    for (ReplayCase replayCase : cases) {
      byKey.computeIfAbsent(replayCase.key(), key -> new ArrayList<>()).add(replayCase);
    }
    Comparator<ReplayCase> newestFirst = Comparator.comparing(ReplayCase::recordedInstant).reversed();
    byKey.replaceAll((key, list) -> {
      List<ReplayCase> sorted = new ArrayList<>(list);
      sorted.sort(newestFirst);
      List<ReplayCase> kept = new ArrayList<>(sorted.subList(0, Math.min(perKey, sorted.size())));
      kept.sort(newestFirst.reversed());
      return kept;
    });
    return byKey;
  }
}
