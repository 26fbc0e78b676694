package io.driftwatch.instrumentation.mdc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.testing.InProcessAgent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** SLF4J's MDC, instrumented in process: each put, remove and clear reaches the bridge once, in order. */
class LoggingMdcInstrumentationTest {

  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void installAgent() {
    InProcessAgent.install();
  }

  @AfterEach
  void restoreTheRealHook() {
    MdcBridgeProbe.restore();
  }

  @Test
  void putRemoveAndClearReachTheHookInOrder() {
    MdcBridgeProbe.recordInto(seen);

    MDC.put("prompt.version", "v7");
    MDC.remove("prompt.version");
    MDC.clear();

    assertEquals(List.of(MdcHooks.PUT + ":prompt.version=v7", MdcHooks.REMOVE + ":prompt.version=null",
        MdcHooks.CLEAR + ":null=null"), seen);
  }

  @Test
  void aFailingHookNeverReachesTheApplication() {
    MdcBridgeProbe.failEveryCall();

    MDC.put("prompt.version", "v8");
    MDC.clear();
  }
}
