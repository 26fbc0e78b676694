package io.driftwatch.genai.providers.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import io.driftwatch.genai.providers.EndMarker;
import io.driftwatch.genai.providers.FinishReasons;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.TreeStreamAccumulator;

/**
 * Gemini {@code streamGenerateContent?alt=sse}: every event is a whole {@code GenerateContentResponse}
 * holding the next piece of each candidate; usage grows chunk by chunk and the last one is complete.
 */
public final class GeminiStreamAccumulator extends TreeStreamAccumulator implements EndMarker {

  /** Finish reason per candidate index, so a reason repeated in later chunks is counted once. */
  private final FinishReasons finishReasons = new FinishReasons();
  private boolean blocked;

  @Override
  public boolean onEvent(String eventType, JsonNode event, GenAiCall call) {
    GeminiResponses.readEnvelope(event, call);
    blocked |= event.path("promptFeedback").hasNonNull("blockReason"); // a blocked prompt gets no candidates
    boolean content = false;
    int position = 0;
    for (JsonNode candidate : event.path("candidates")) {
      content |= GeminiResponses.readParts(candidate, call);
      String reason = GeminiResponses.finishReason(candidate, call);
      if (reason != null) {
        finishReasons.put(candidate.path("index").asInt(position), reason);
      }
      position++;
    }
    return content;
  }

  @Override
  public boolean endSeen() {
    return blocked || !finishReasons.isEmpty();
  }

  @Override
  public void finish(GenAiCall call) {
    finishReasons.addTo(call);
  }
}
