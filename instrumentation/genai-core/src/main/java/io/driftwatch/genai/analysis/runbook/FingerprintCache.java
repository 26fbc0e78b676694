package io.driftwatch.genai.analysis.runbook;

import io.driftwatch.genai.util.LruMap;
import java.util.Map;

/**
 * Remembers the fingerprint of recent prompt templates: a service sends the same few templates
 * over and over, and normalising one costs several regex passes. Only templates up to a bound are
 * kept, so the cache holds at most a few megabytes. Analyzer thread only.
 */
final class FingerprintCache {

  private static final int MAX_TEMPLATES = 64;
  private static final int MAX_CACHED_TEMPLATE_CHARS = 16 * 1024;

  private final Map<String, String> byTemplate = new LruMap<>(MAX_TEMPLATES);

  String fingerprintOf(String template) {
    if (template == null || template.length() > MAX_CACHED_TEMPLATE_CHARS) {
      return PromptFingerprint.of(template);
    }
    return byTemplate.computeIfAbsent(template, PromptFingerprint::of);
  }
}
