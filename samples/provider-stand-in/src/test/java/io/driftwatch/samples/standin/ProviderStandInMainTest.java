package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProviderStandInMainTest {

  @Test
  void portDefaultsTo18080() {
    assertEquals(18080, ProviderStandInMain.portFrom(new String[0]));
  }

  @Test
  void portIsReadFromEitherSpelling() {
    assertEquals(9000, ProviderStandInMain.portFrom(new String[] {"--port", "9000"}));
    assertEquals(9001, ProviderStandInMain.portFrom(new String[] {"--port=9001"}));
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ProviderStandInMain.portFrom(new String[] {"--port", "http"}));
    assertThrows(IllegalArgumentException.class,
        () -> ProviderStandInMain.portFrom(new String[] {"--verbose"}));
    assertThrows(IllegalArgumentException.class,
        () -> ProviderStandInMain.portFrom(new String[] {"--port"}));
  }
}
