package io.driftwatch.genai.exchange;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one atomic word of an exchange: whether an application thread is writing it, whether an
 * end was asked for meanwhile (and which), and whether it ended. Every write section starts and
 * ends with a CAS on it, so whoever ends the exchange sees all the writes before (happens-before
 * through this word), and the exchange ends exactly once.
 */
final class ExchangeState {

  private static final int WRITING = 1;
  private static final int END_ASKED = 2;
  private static final int ENDED = 4;
  /** The outcome asked for while a writer was inside, stored above the flag bits. */
  private static final int OUTCOME_SHIFT = 3;
  private static final ExchangeOutcome[] OUTCOMES = ExchangeOutcome.values();

  private final AtomicInteger word = new AtomicInteger();

  /** @return true when the caller may write; false once the exchange ended or an end is pending */
  boolean enterWrite() {
    return word.compareAndSet(0, WRITING);
  }

  /**
   * Leaves a write section.
   *
   * @return the outcome the caller must now end the exchange with (an end was asked for while it
   *     wrote), or null
   */
  ExchangeOutcome exitWrite() {
    if (word.compareAndSet(WRITING, 0)) {
      return null;
    }
    // only END_ASKED can have been added meanwhile; nobody else moves the word while we write
    int asked = word.getAndSet(ENDED);
    return OUTCOMES[asked >>> OUTCOME_SHIFT];
  }

  /**
   * Asks the exchange to end.
   *
   * @return true when the caller ends it now (no writer inside); false when it already ended, an
   *     end is already pending, or the writer inside will end it on its way out
   */
  boolean askEnd(ExchangeOutcome how) {
    while (true) {
      int current = word.get();
      if ((current & (END_ASKED | ENDED)) != 0) {
        return false;
      }
      if (current == 0) {
        if (word.compareAndSet(0, ENDED)) {
          return true;
        }
      } else if (word.compareAndSet(WRITING, WRITING | END_ASKED | how.ordinal() << OUTCOME_SHIFT)) {
        return false;
      }
    }
  }

  boolean isEnded() {
    return (word.get() & ENDED) != 0;
  }
}
