package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OtlpReceiverMainTest {

  @Test
  void portDefaultsToTheOtlpHttpPort() {
    assertEquals(4318, OtlpReceiverMain.parsePort(new String[0]));
  }

  @Test
  void portIsTakenFromEitherSpelling() {
    assertEquals(9000, OtlpReceiverMain.parsePort(new String[] {"--port", "9000"}));
    assertEquals(9001, OtlpReceiverMain.parsePort(new String[] {"--port=9001"}));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> OtlpReceiverMain.parsePort(new String[] {"--port"}));
    assertThrows(IllegalArgumentException.class, () -> OtlpReceiverMain.parsePort(new String[] {"--port", "x"}));
    assertThrows(IllegalArgumentException.class, () -> OtlpReceiverMain.parsePort(new String[] {"--verbose"}));
  }
}
