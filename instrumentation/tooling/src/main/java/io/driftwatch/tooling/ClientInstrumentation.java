package io.driftwatch.tooling;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One instrumentation (an HTTP client, a logging MDC, a flag SDK), found with {@link
 * java.util.ServiceLoader}: where to apply advice (matchers) and the hook its {@link
 * io.driftwatch.bootstrap.Bridge} gets. Each lives in its own module; adding one needs no list
 * anywhere, only its {@code META-INF/services} entry.
 */
public interface ClientInstrumentation {

  /**
   * Short name used in logs, as its bridge's name, and in the switch {@link #enabledKey}; stable,
   * since users write it in their configuration.
   */
  String name();

  /** Installs the hook that the inlined advice calls through the bridge named {@link #name()}. */
  void installHooks(HelperLoaders helperLoaders);

  /** Adds this client's type matchers and advice. */
  AgentBuilder instrument(AgentBuilder builder);

  /**
   * Driftwatch's own switch, {@code otel.instrumentation.driftwatch.<name>.enabled}: never the
   * official agent's {@code otel.instrumentation.<name>.enabled}, so turning off one agent's OkHttp
   * instrumentation leaves the other's alone.
   */
  static String enabledKey(String name) {
    return "otel.instrumentation.driftwatch." + name + ".enabled";
  }
}
