package io.driftwatch.genai.config;

/**
 * Which GenAI convention names the agent emits, chosen the OpenTelemetry way by
 * {@code OTEL_SEMCONV_STABILITY_OPT_IN}: unset, the names the official OpenTelemetry Java agent
 * emits today (so existing dashboards keep working); {@code gen_ai_latest_experimental}, the newest
 * names only; {@code gen_ai_latest_experimental/dup}, both, for a migration.
 */
public enum SemconvStability {
  /** The names the official agent emits: {@code gen_ai.client.operation.duration}, {@code gen_ai.client.token.usage}, ... */
  LEGACY(true, false),
  /** {@code gen_ai_latest_experimental}: only the newest names. */
  LATEST(false, true),
  /** {@code gen_ai_latest_experimental/dup}: both. */
  DUPLICATE(true, true);

  static final String LATEST_TOKEN = "gen_ai_latest_experimental";
  static final String DUPLICATE_TOKEN = LATEST_TOKEN + "/dup";

  private final boolean legacy;
  private final boolean latest;

  SemconvStability(boolean legacy, boolean latest) {
    this.legacy = legacy;
    this.latest = latest;
  }

  /** The pre-rename names (and {@code gen_ai.system}) are emitted. */
  public boolean emitsLegacy() {
    return legacy;
  }

  /** The newest names are emitted. */
  public boolean emitsLatest() {
    return latest;
  }

  /**
   * @param optIn the comma-separated opt-in list; other domains' tokens ({@code http}, {@code database/dup})
   *     are ignored, and {@code /dup} wins when both GenAI tokens are listed, as in the official agent
   */
  public static SemconvStability fromOptIn(String optIn) {
    if (optIn == null) {
      return LEGACY;
    }
    SemconvStability chosen = LEGACY;
    for (String token : optIn.split(",")) {
      String trimmed = token.trim();
      if (trimmed.equalsIgnoreCase(DUPLICATE_TOKEN)) {
        return DUPLICATE;
      }
      if (trimmed.equalsIgnoreCase(LATEST_TOKEN)) {
        chosen = LATEST;
      }
    }
    return chosen;
  }
}
