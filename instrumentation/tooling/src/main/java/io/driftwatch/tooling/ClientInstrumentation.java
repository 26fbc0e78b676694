package io.driftwatch.tooling;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One HTTP client's instrumentation, found with {@link java.util.ServiceLoader}: where to apply
 * advice (matchers) and which bridge hooks to install. Each lives in its own module.
 */
public interface ClientInstrumentation {

  /** Short name used in logs and in the {@code otel.instrumentation.<name>.enabled} switch. */
  String name();

  /** Installs the bridge hooks that the inlined advice calls. */
  void installHooks(HelperLoaders helperLoaders);

  /** Adds this client's type matchers and advice. */
  AgentBuilder instrument(AgentBuilder builder);
}
