package io.driftwatch.genai.config;

/**
 * The replay set the agent keeps on disk (see docs/replay-set.md).
 *
 * @param directory where the set is written, or null when no set is kept
 * @param maxBytes the most the whole set may take on disk
 * @param perKey the most calls kept per (provider, model, prompt version), the rotated file included
 * @param sampleEvery one call in this many of each key is kept (the first of each key always)
 */
public record ReplaySettings(String directory, int maxBytes, int perKey, int sampleEvery) {

  public boolean enabled() {
    return directory != null;
  }
}
