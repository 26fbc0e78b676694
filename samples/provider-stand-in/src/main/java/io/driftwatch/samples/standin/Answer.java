package io.driftwatch.samples.standin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a default answer says, decided once per request so that every provider format (whole or
 * streamed) reports the same text, model and token counts.
 *
 * @param pieces the text cut before each run of whitespace ("Hello", " there"): concatenated they
 *     give the text back exactly, and each holds one word, like a streamed token
 */
record Answer(long sequence, long createdEpochSeconds, String servedModel, String text,
    List<String> pieces, int inputTokens, int outputTokens) {

  static Answer plan(ProviderRequest request, StandInSettings settings) {
    String text = settings.completionText();
    List<String> pieces = piecesOf(text);
    int words = (int) pieces.stream().filter(piece -> !piece.isBlank()).count();
    return new Answer(settings.nextSequence(), Instant.now().getEpochSecond(),
        request.model() + settings.servedModelSuffix(), text, pieces,
        request.estimatedInputTokens(), words);
  }

  int totalTokens() {
    return inputTokens + outputTokens;
  }

  private static List<String> piecesOf(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(List.of(text.split("(?<=\\S)(?=\\s)")));
  }
}
