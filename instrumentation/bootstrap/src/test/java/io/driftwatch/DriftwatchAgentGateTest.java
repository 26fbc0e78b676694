package io.driftwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The premain gate's decision, for the versions a fleet runs (the JVM here is always new enough). */
class DriftwatchAgentGateTest {

  @Test
  void readsBothVersionStyles() {
    assertEquals(8, DriftwatchAgent.featureRelease("1.8"));
    assertEquals(11, DriftwatchAgent.featureRelease("11"));
    assertEquals(17, DriftwatchAgent.featureRelease("17"));
    assertEquals(25, DriftwatchAgent.featureRelease("25"));
    assertEquals(0, DriftwatchAgent.featureRelease(null));
    assertEquals(0, DriftwatchAgent.featureRelease("unknown"));
  }

  @Test
  void refusesJava8And11WithOneLineNamingTheVersion() {
    for (String old : new String[] {"1.8", "9", "11", "16"}) {
      String line = DriftwatchAgent.refusal(old);
      assertTrue(line != null && line.contains("Java " + old + " ") && line.contains("Java 17"), line);
      assertTrue(line.contains("application continues without it"), line);
      assertEquals(-1, line.indexOf('\n'), "one line");
    }
  }

  @Test
  void startsOnJava17AndNewer() {
    assertNull(DriftwatchAgent.refusal("17"));
    assertNull(DriftwatchAgent.refusal("21"));
    assertNull(DriftwatchAgent.refusal("25"));
    assertNull(DriftwatchAgent.refusal(System.getProperty("java.specification.version")));
  }

  @Test
  void anUnreadableVersionIsRefusedRatherThanRisked() {
    assertTrue(DriftwatchAgent.refusal("not-a-version").contains("not-a-version"));
    assertTrue(DriftwatchAgent.refusal(null).contains("null"));
  }
}
