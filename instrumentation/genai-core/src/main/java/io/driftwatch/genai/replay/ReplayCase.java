package io.driftwatch.genai.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One line of a replay set (format {@code v} 1, docs/replay-set.md): a call's request body, already
 * redacted, the answer it got and what the behavioral checks found in that answer. A team's golden
 * set uses the same shape.
 *
 * @param format the API format's name (for example {@code OPENAI_CHAT}); {@link ReplayRoutes} knows where to send it
 * @param promptVersion the explicit prompt version, else the prompt fingerprint, else {@code unknown}
 * @param request the request body, every string in it redacted; never a header
 * @param formatCompliant null when the request asked for no structured output
 * @param note free text a curator adds to a golden case; null in sampled lines
 */
public record ReplayCase(String recordedAt, String provider, String format, String operation, String model,
    String responseModel, String promptVersion, JsonNode request, String answer, boolean answerComplete,
    boolean refusal, Boolean formatCompliant, long outputLength, String note) {

  public static final int VERSION = 1;
  public static final String UNKNOWN_PROMPT_VERSION = "unknown";

  /** When the call was made; {@link Instant#EPOCH} when the line does not say (or not as ISO-8601). */
  public Instant recordedInstant() {
    try {
      return recordedAt == null ? Instant.EPOCH : Instant.parse(recordedAt);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  /** What a replay groups by and the sampler counts by. */
  public String key() {
    return keyOf(provider, model, promptVersion);
  }

  public static String keyOf(String provider, String model, String promptVersion) {
    return provider + " " + model + " " + promptVersion;
  }
}
