package io.driftwatch.genai.providers;

import java.util.Map;
import java.util.TreeMap;

/**
 * The finish reason of each choice (or candidate) of a streamed answer, by index: a reason repeated
 * in later chunks is kept once, and a stream that names a new index in every chunk keeps at most
 * {@link GenAiCall#MAX_FINISH_REASONS} of them.
 */
public final class FinishReasons {

  private final Map<Integer, String> byIndex = new TreeMap<>();
  private boolean dropped;

  public void put(int index, String reason) {
    if (byIndex.size() >= GenAiCall.MAX_FINISH_REASONS && !byIndex.containsKey(index)) {
      dropped = true;
      return;
    }
    byIndex.put(index, reason.length() > GenAiCall.MAX_FINISH_REASON_CHARS
        ? reason.substring(0, GenAiCall.MAX_FINISH_REASON_CHARS) : reason);
  }

  public boolean isEmpty() {
    return byIndex.isEmpty();
  }

  public void addTo(GenAiCall call) {
    call.finishReasons.addAll(byIndex.values());
    if (dropped) {
      call.dropped(GenAiCall.FINISH_REASONS_BOUNDED, "a streamed answer named more than "
          + GenAiCall.MAX_FINISH_REASONS + " choices' finish reasons; the rest were dropped");
    }
  }
}
