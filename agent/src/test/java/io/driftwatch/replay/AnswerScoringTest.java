package io.driftwatch.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a new answer is scored against the recorded one. */
class AnswerScoringTest {

  @Test
  void tokenF1IsOneForTheSameWordsWhateverTheCaseAndPunctuation() {
    assertEquals(1.0, AnswerSimilarity.tokenF1("Open Trash, then Restore.", "open trash then restore"), 1e-9);
  }

  @Test
  void tokenF1IsTheHarmonicMeanOfSharedTokens() {
    // 2 of 3 tokens shared each way: precision = recall = 2/3
    assertEquals(2.0 / 3, AnswerSimilarity.tokenF1("the cat sat", "the cat ran"), 1e-9);
    // a repeated token counts only as often as on both sides: 1 shared of 3 new, of 1 recorded
    assertEquals(0.5, AnswerSimilarity.tokenF1("yes", "yes yes yes"), 1e-9);
  }

  @Test
  void tokenF1IsZeroWithNothingInCommonAndOneForTwoEmptyAnswers() {
    assertEquals(0.0, AnswerSimilarity.tokenF1("restore from trash", "I cannot help"), 1e-9);
    assertEquals(1.0, AnswerSimilarity.tokenF1("", "  "), 1e-9);
  }

  @Test
  void tokensOfAnyScriptCount() {
    assertEquals(1.0, AnswerSimilarity.tokenF1("Öffnen Sie den Papierkorb", "öffnen sie den papierkorb"), 1e-9);
  }

  @Test
  void structureIsKeptWhenKeysAndTypesMatchWhateverTheValues() {
    assertTrue(AnswerStructure.sameStructure("{\"answer\":\"a\",\"confidence\":\"high\",\"tags\":[\"x\"]}",
        "{\"confidence\":\"low\",\"answer\":\"b\",\"tags\":[\"y\",\"z\"]}"));
  }

  @Test
  void structureChangesWithAMissingKeyATypeOrProse() {
    assertFalse(AnswerStructure.sameStructure("{\"answer\":\"a\",\"confidence\":\"high\"}", "{\"answer\":\"a\"}"));
    assertFalse(AnswerStructure.sameStructure("{\"age\":3}", "{\"age\":\"3\"}"));
    assertFalse(AnswerStructure.sameStructure("{\"answer\":\"a\"}", "Sure! The answer is a."));
  }

  @Test
  void aProseAnswerHasNoStructureToKeep() {
    assertNull(AnswerStructure.sameStructure("Open Trash.", "{\"answer\":\"a\"}"));
  }

  @Test
  void cosineOfParallelVectorsIsOne() {
    assertEquals(1.0, AnswerSimilarity.cosine(new double[] {1, 2, 3}, new double[] {2, 4, 6}), 1e-9);
    assertEquals(0.0, AnswerSimilarity.cosine(new double[] {1, 0}, new double[] {0, 1}), 1e-9);
  }
}
