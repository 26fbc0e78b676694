package io.driftwatch.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.bootstrap.Bridge;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one bridge inlined advice calls: named slots, a volatile hook, and failures that never escape. */
class BridgeTest {

  @Test
  void aNameIsOneBridgeForTheLifeOfTheJvm() {
    assertSame(Bridge.named("bridge-test-same"), Bridge.named("bridge-test-same"));
    assertFalse(Bridge.named("bridge-test-a") == Bridge.named("bridge-test-b"));
  }

  @Test
  void withoutAHookCallsAnswerNullAndReplaceKeepsTheOriginal() {
    Bridge bridge = Bridge.named("bridge-test-empty");
    Object original = new Object();

    assertFalse(bridge.installed());
    assertNull(bridge.call(0, "a", "b", "c"));
    assertSame(original, bridge.replace(0, original, "b", "c"));
  }

  @Test
  void theInstalledHookGetsTheOperationAndArguments() {
    Bridge bridge = Bridge.named("bridge-test-calls");
    List<String> seen = new ArrayList<>();
    bridge.install((operation, a, b, c) -> {
      seen.add(operation + ":" + a + "," + b + "," + c);
      return "answer-" + operation;
    });

    assertTrue(bridge.installed());
    assertEquals("answer-7", bridge.call(7, "x", null, 3));
    assertEquals("answer-2", bridge.replace(2, "original", "y", null));
    assertEquals(List.of("7:x,null,3", "2:original,y,null"), seen);
  }

  @Test
  void aFailingHookIsSwallowedAndReplaceFallsBackToTheOriginal() {
    Bridge bridge = Bridge.named("bridge-test-failing");
    bridge.install((operation, a, b, c) -> {
      throw new LinkageError("helper could not link");
    });
    Object original = new Object();

    assertNull(bridge.call(0, null, null, null));
    assertSame(original, bridge.replace(0, original, null, null));
  }

  @Test
  void aHookAnsweringNullLeavesTheOriginalAndRemovingTheHookStopsCalls() {
    Bridge bridge = Bridge.named("bridge-test-null");
    int[] calls = new int[1];
    bridge.install((operation, a, b, c) -> {
      calls[0]++;
      return null;
    });
    Object original = new Object();

    assertSame(original, bridge.replace(0, original, null, null));
    bridge.install(null);
    bridge.call(0, null, null, null);

    assertEquals(1, calls[0]);
    assertFalse(bridge.installed());
  }

  @Test
  void everyInstrumentationSwitchIsInDriftwatchsOwnNamespace() {
    assertEquals("otel.instrumentation.driftwatch.okhttp.enabled", ClientInstrumentation.enabledKey("okhttp"));
  }
}
