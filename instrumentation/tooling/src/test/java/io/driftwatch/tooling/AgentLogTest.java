package io.driftwatch.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A recurring condition is one line, then one line a minute with the count of repeats. */
class AgentLogTest {

  private static final long MINUTE = AgentLog.REPEAT_INTERVAL_NANOS;

  @Test
  void repeatsWithinTheIntervalAreCountedAndReportedWithTheNextLine() {
    String key = "test:" + System.nanoTime();
    long t0 = 1_000;
    String first = AgentLog.throttledLine(key, "exporter timed out", t0);
    assertNotNull(first);
    assertTrue(first.startsWith("exporter timed out"), first);
    for (int i = 1; i <= 41; i++) {
      assertNull(AgentLog.throttledLine(key, "exporter timed out", t0 + i), "repeat " + i + " was printed");
    }
    assertEquals("exporter timed out (and 41 more times in the last minute)",
        AgentLog.throttledLine(key, "exporter timed out", t0 + MINUTE));
    assertNull(AgentLog.throttledLine(key, "exporter timed out", t0 + MINUTE + 1));
  }

  @Test
  void distinctConditionsAreLoggedSeparately() {
    long now = 5;
    String a = "test-a:" + System.nanoTime();
    String b = "test-b:" + System.nanoTime();
    assertNotNull(AgentLog.throttledLine(a, "a", now));
    assertNotNull(AgentLog.throttledLine(b, "b", now));
    assertNull(AgentLog.throttledLine(a, "a", now + 1));
  }
}
