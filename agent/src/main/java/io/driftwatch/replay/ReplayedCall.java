package io.driftwatch.replay;

import io.driftwatch.genai.analysis.AnalyzedCall;
import io.driftwatch.genai.replay.ReplayCase;

/**
 * One case sent again: what was recorded, and what the provider answered now (null with
 * {@code failure} set when no checked answer came back).
 *
 * @param cosine the embeddings similarity of the two answers, when asked for and available
 */
record ReplayedCall(ReplayCase recorded, AnalyzedCall now, String failure, Double cosine) {

  ReplayedCall(ReplayCase recorded, AnalyzedCall now, String failure) {
    this(recorded, now, failure, null);
  }

  boolean answered() {
    return now != null && now.report().behavior().checked();
  }

  ReplayedCall withCosine(Double similarity) {
    return new ReplayedCall(recorded, now, failure, similarity);
  }
}
