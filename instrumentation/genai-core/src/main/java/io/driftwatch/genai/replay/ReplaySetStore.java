package io.driftwatch.genai.replay;

import io.driftwatch.genai.util.LruMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The replay set on disk: one file per (provider, model, prompt version), rotated when it holds half
 * the per-key cap (so a key keeps at most the cap, current and rotated file together), and a total
 * size cap that first deletes the oldest rotated files and then refuses new lines. One thread only.
 */
final class ReplaySetStore {

  static final String ROTATED_SUFFIX = ".1" + ReplayFiles.SUFFIX;
  private static final int REMEMBERED_KEYS = 1024;

  /** Why a line was not kept. */
  enum Refusal { NONE, SET_FULL, LINE_TOO_LARGE }

  private static final class KeyFiles {
    final Path current;
    final Path rotated;
    long lines = -1; // unknown until counted

    KeyFiles(Path current, Path rotated) {
      this.current = current;
      this.rotated = rotated;
    }
  }

  private final Path directory;
  private final long maxBytes;
  private final int linesPerFile;
  private final Map<String, KeyFiles> keys = new LruMap<>(REMEMBERED_KEYS);
  private long totalBytes = -1;

  ReplaySetStore(Path directory, long maxBytes, int perKey) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.linesPerFile = Math.max(1, perKey / 2);
  }

  /** Appends one line for {@code key}; throws when the folder or the disk refuses. */
  Refusal append(String key, String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    if (bytes.length > maxBytes / 4) {
      return Refusal.LINE_TOO_LARGE;
    }
    if (totalBytes < 0) {
      ReplayFiles.ownerOnlyDirectory(directory);
      totalBytes = measureTotal();
    }
    KeyFiles files = keys.computeIfAbsent(key, this::filesOf);
    if (files.lines < 0) {
      files.lines = countLines(files.current);
    }
    if (files.lines >= linesPerFile) {
      rotate(files);
    }
    if (totalBytes + bytes.length > maxBytes) {
      totalBytes = measureTotal(); // someone may have removed files meanwhile
      while (totalBytes + bytes.length > maxBytes && deleteOldestRotated()) {
        totalBytes = measureTotal();
      }
      if (totalBytes + bytes.length > maxBytes) {
        return Refusal.SET_FULL;
      }
    }
    ReplayFiles.append(files.current, bytes);
    totalBytes += bytes.length;
    files.lines++;
    return Refusal.NONE;
  }

  private void rotate(KeyFiles files) throws IOException {
    Files.move(files.current, files.rotated, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    files.lines = 0;
    totalBytes = measureTotal();
  }

  private boolean deleteOldestRotated() throws IOException {
    List<Path> rotated = ReplayFiles.setFiles(directory).stream()
        .filter(path -> path.getFileName().toString().endsWith(ROTATED_SUFFIX))
        .sorted(Comparator.comparing(ReplaySetStore::modified)).toList();
    for (Path oldest : rotated) {
      if (Files.deleteIfExists(oldest)) {
        return true;
      }
    }
    return false;
  }

  private long measureTotal() throws IOException {
    long total = 0;
    for (Path file : ReplayFiles.setFiles(directory)) {
      try {
        total += Files.size(file);
      } catch (NoSuchFileException removedMeanwhile) {
        // not there any more: takes no room
      }
    }
    return total;
  }

  private KeyFiles filesOf(String key) {
    String name = fileStem(key);
    return new KeyFiles(directory.resolve(name + ReplayFiles.SUFFIX), directory.resolve(name + ROTATED_SUFFIX));
  }

  /** A readable, file-system-safe name that stays unique: the key's characters, then a hash of it. */
  static String fileStem(String key) {
    StringBuilder stem = new StringBuilder();
    for (int i = 0; i < key.length() && stem.length() < 80; i++) {
      char c = key.charAt(i);
      stem.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' ? c : '_');
    }
    return stem.toString().toLowerCase(Locale.ROOT).replace("..", "_") + "-"
        + Integer.toHexString(key.hashCode() & 0x7fffffff);
  }

  private static long countLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long lines = 0;
    byte[] buffer = new byte[8192];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    return lines;
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(Long.MAX_VALUE);
    }
  }
}
