package io.driftwatch.genai.util;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that forgets its least recently used entry past a fixed size: the analyzer's memory of
 * recent calls, prompts and models stays bounded. Not thread-safe; the analyzer thread owns it.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {

  private static final long serialVersionUID = 1L;
  private final int maxEntries;

  public LruMap(int maxEntries) {
    super(Math.min(maxEntries, 256), 0.75f, true);
    this.maxEntries = maxEntries;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > maxEntries;
  }
}
