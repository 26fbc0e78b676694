package io.driftwatch.genai.analysis.runbook;

import io.driftwatch.genai.analysis.report.ModelChange;
import io.driftwatch.genai.util.LruMap;
import java.util.Map;
import java.util.Objects;

/**
 * Notices a silent provider update: for the same requested model, the served model name or the
 * OpenAI system fingerprint changed. The first answer only sets the baseline. Analyzer thread only.
 */
public final class ModelDriftTracker {

  private static final int MAX_MODELS = 1024;

  private record Served(String model, String systemFingerprint) {}

  private final Map<String, Served> byRequestedModel = new LruMap<>(MAX_MODELS);

  /** @return the change, or null */
  public ModelChange observe(String providerAndRequestedModel, String servedModel, String systemFingerprint) {
    if (servedModel == null && systemFingerprint == null) {
      return null;
    }
    Served now = new Served(servedModel, systemFingerprint);
    Served before = byRequestedModel.put(providerAndRequestedModel, now);
    if (before == null) {
      return null;
    }
    if (servedModel != null && before.model() != null && !Objects.equals(before.model(), servedModel)) {
      return new ModelChange("model", before.model(), servedModel);
    }
    if (systemFingerprint != null && before.systemFingerprint() != null
        && !Objects.equals(before.systemFingerprint(), systemFingerprint)) {
      return new ModelChange("system_fingerprint", before.systemFingerprint(), systemFingerprint);
    }
    return null;
  }
}
