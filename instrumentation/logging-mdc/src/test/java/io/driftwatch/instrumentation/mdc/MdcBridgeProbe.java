package io.driftwatch.instrumentation.mdc;

import io.driftwatch.bootstrap.Bridge;
import java.util.List;

/**
 * Swaps the hook on the logging-mdc bridge. Apart from the test class on purpose: the verifier
 * loads what a class's code assigns, and the Bridge must first be loaded from the boot loader.
 */
final class MdcBridgeProbe {

  private MdcBridgeProbe() {}

  private static Bridge bridge() {
    return Bridge.named(LoggingMdcInstrumentation.NAME);
  }

  static void recordInto(List<String> seen) {
    bridge().install((operation, a, b, c) -> {
      seen.add(operation + ":" + a + "=" + b);
      return null;
    });
  }

  static void failEveryCall() {
    bridge().install((operation, a, b, c) -> {
      throw new IllegalStateException("broken agent");
    });
  }

  static void restore() {
    bridge().install(new MdcHooks());
  }
}
