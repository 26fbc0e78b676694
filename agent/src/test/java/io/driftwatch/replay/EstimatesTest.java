package io.driftwatch.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The intervals against published worked examples. */
class EstimatesTest {

  @Test
  void wilsonIntervalOfNoHitsStillHasAnUpperBound() {
    Interval none = Estimates.rate(0, 20);

    assertEquals(0, none.value());
    assertEquals(0, none.low(), 1e-9);
    assertEquals(0.161, none.high(), 0.001);
  }

  @Test
  void wilsonIntervalOfHalfIsSymmetric() {
    Interval half = Estimates.rate(10, 20);

    assertEquals(0.299, half.low(), 0.001);
    assertEquals(0.701, half.high(), 0.001);
  }

  @Test
  void newcombesDifferenceMatchesHisWorkedExample() {
    // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 against 48/80
    Interval difference = Estimates.rateDifference(Estimates.rate(48, 80), Estimates.rate(56, 70));

    assertEquals(0.2, difference.value(), 1e-9);
    assertEquals(0.0524, difference.low(), 0.0005);
    assertEquals(0.3339, difference.high(), 0.0005);
    assertTrue(difference.excludesZero());
  }

  @Test
  void meanHasAStudentTInterval() {
    Interval mean = Estimates.mean(List.of(1.0, 2.0, 3.0, 4.0, 5.0));

    assertEquals(3, mean.value(), 1e-9);
    assertEquals(3 - 2.776 * Math.sqrt(2.5 / 5), mean.low(), 1e-3);
    assertEquals(3 + 2.776 * Math.sqrt(2.5 / 5), mean.high(), 1e-3);
  }

  @Test
  void overlappingSamplesGiveADifferenceThatIncludesZero() {
    Interval difference = Estimates.meanDifference(List.of(300.0, 320.0, 280.0, 310.0),
        List.of(305.0, 290.0, 330.0, 300.0));

    assertFalse(difference.excludesZero());
  }
}
