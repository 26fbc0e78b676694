package io.driftwatch.genai.providers.stream;

import java.nio.charset.StandardCharsets;

/**
 * The SSE event names a stream uses, kept as Strings once: a stream repeats a handful of names
 * (Anthropic's content_block_delta in every chunk), so naming an event makes no new String.
 * Bounded: past {@link #MAX_NAMES} distinct names, further ones are made each time.
 */
final class EventNames {

  static final int MAX_NAMES = 16;

  private final byte[][] bytes = new byte[MAX_NAMES][];
  private final String[] names = new String[MAX_NAMES];
  private int count;

  /** The name in {@code line[from, to)}, trimmed as {@code String.trim} would. */
  String name(byte[] line, int from, int to) {
    while (from < to && (line[from] & 0xFF) <= ' ') {
      from++;
    }
    while (to > from && (line[to - 1] & 0xFF) <= ' ') {
      to--;
    }
    for (int i = 0; i < count; i++) {
      if (matches(bytes[i], line, from, to)) {
        return names[i];
      }
    }
    String name = new String(line, from, to - from, StandardCharsets.UTF_8);
    if (count < MAX_NAMES) {
      bytes[count] = java.util.Arrays.copyOfRange(line, from, to);
      names[count++] = name;
    }
    return name;
  }

  private static boolean matches(byte[] known, byte[] line, int from, int to) {
    if (known.length != to - from) {
      return false;
    }
    for (int i = 0; i < known.length; i++) {
      if (known[i] != line[from + i]) {
        return false;
      }
    }
    return true;
  }
}
