package io.driftwatch.genai.analysis.runbook;

import io.driftwatch.genai.analysis.report.PromptChange;
import io.driftwatch.genai.util.LruMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Notices a prompt deploy: a fingerprint never seen before for an operation whose template had
 * been stable. Switching between templates already seen is not a change. Analyzer thread only;
 * memory bounded by operations and fingerprints remembered.
 */
public final class PromptChangeTracker {

  static final int STABLE_AFTER_CALLS = 3;
  private static final int MAX_OPERATIONS = 1024;
  private static final int MAX_FINGERPRINTS_PER_OPERATION = 64;

  private static final class History {
    final Set<String> seen = Collections.newSetFromMap(new LruMap<>(MAX_FINGERPRINTS_PER_OPERATION));
    String current;
    int callsWithCurrent;
  }

  private final Map<String, History> byOperation = new LruMap<>(MAX_OPERATIONS);

  /** @return the change, or null */
  public PromptChange observe(String operationKey, String fingerprint) {
    if (fingerprint == null) {
      return null;
    }
    History history = byOperation.computeIfAbsent(operationKey, k -> new History());
    PromptChange change = null;
    if (!history.seen.contains(fingerprint) && history.current != null
        && history.callsWithCurrent >= STABLE_AFTER_CALLS) {
      change = new PromptChange(history.current, fingerprint);
    }
    history.seen.add(fingerprint);
    if (fingerprint.equals(history.current)) {
      history.callsWithCurrent++;
    } else {
      history.current = fingerprint;
      history.callsWithCurrent = 1;
    }
    return change;
  }

}
