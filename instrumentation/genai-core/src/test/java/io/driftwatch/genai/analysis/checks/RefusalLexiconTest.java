package io.driftwatch.genai.analysis.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefusalLexiconTest {

  private final RefusalLexicon lexicon = RefusalLexicon.load("unused", null);

  @Test
  void normalisesCaseApostrophesAndWhitespaceRuns() {
    assertEquals("i'm sorry, but i can't", RefusalLexicon.normalise("  I\u2019m  SORRY,\n\tbut I can\u2019t "));
  }

  @Test
  void matchesARefusalWhateverItsSpacingAndApostrophes() {
    assertTrue(lexicon.matches("I\u2019m sorry,   but I\ncan\u2019t share that."));
    assertFalse(lexicon.matches("Sure: here is the summary you asked for."));
  }

  @Test
  void looksOnlyAtTheOpeningOfTheAnswer() {
    String quoted = "x".repeat(RefusalLexicon.OPENING_CHARS) + " I can't help with that, the user said.";
    assertFalse(lexicon.matches(quoted));
  }
}
