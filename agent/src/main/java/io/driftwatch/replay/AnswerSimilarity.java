package io.driftwatch.replay;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Token F1 between a recorded and a new answer: both are lower-cased and split into runs of letters
 * and digits (any script), and F1 is the harmonic mean of the share of the new answer's tokens found
 * in the recorded one and the share of the recorded one's tokens found in the new one, counting
 * repeated tokens as often as they occur on both sides. 1 is the same words, 0 none in common.
 */
final class AnswerSimilarity {

  private AnswerSimilarity() {}

  static double tokenF1(String recorded, String now) {
    Map<String, Integer> recordedTokens = tokens(recorded);
    Map<String, Integer> nowTokens = tokens(now);
    int recordedCount = recordedTokens.values().stream().mapToInt(Integer::intValue).sum();
    int nowCount = nowTokens.values().stream().mapToInt(Integer::intValue).sum();
    if (recordedCount == 0 && nowCount == 0) {
      return 1;
    }
    int common = 0;
    for (Map.Entry<String, Integer> token : nowTokens.entrySet()) {
      common += Math.min(token.getValue(), recordedTokens.getOrDefault(token.getKey(), 0));
    }
    if (common == 0) {
      return 0;
    }
    double precision = (double) common / nowCount;
    double recall = (double) common / recordedCount;
    return 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> tokens(String text) {
    Map<String, Integer> counts = new HashMap<>();
    if (text == null) {
      return counts;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean word = i < lower.length() && Character.isLetterOrDigit(lower.codePointAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        counts.merge(lower.substring(start, i), 1, Integer::sum);
        start = -1;
      }
    }
    return counts;
  }

  /** Cosine of two embedding vectors. */
  static double cosine(double[] a, double[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }
}
