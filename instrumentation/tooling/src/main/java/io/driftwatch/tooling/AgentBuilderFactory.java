package io.driftwatch.tooling;

import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.not;

import io.driftwatch.bootstrap.Bridge;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;

/**
 * The Byte Buddy settings every instrumentation shares, after the OpenTelemetry agent's installer:
 * decorate in place with no class-format changes (so retransformation and dynamic attach work),
 * describe types from the pool, and ignore only what can never be an HTTP client. The default
 * ignore rule is replaced because it skips the platform loader, where java.net.http lives. Every
 * instrumented module reads the bootstrap classes' module, where {@link Bridge} lives: advice
 * reaches the agent through nothing else.
 */
public final class AgentBuilderFactory {

  private AgentBuilderFactory() {}

  /**
   * Byte Buddy's Nexus (for live initializers, which we never use: class formats stay unchanged)
   * would otherwise probe sun.misc.Unsafe, which Java 24+ reports on stderr. Shading relocates
   * this name together with Byte Buddy's own copy of it, so it never touches an application's
   * Byte Buddy.
   */
  private static final String NEXUS_DISABLED = "net.bytebuddy.nexus.disabled";

  public static AgentBuilder create(Instrumentation instrumentation) {
    String previous = System.setProperty(NEXUS_DISABLED, "true");
    try {
      return configure(instrumentation);
    } finally {
      if (previous == null) {
        System.clearProperty(NEXUS_DISABLED);
      } else {
        System.setProperty(NEXUS_DISABLED, previous);
      }
    }
  }

  private static AgentBuilder configure(Instrumentation instrumentation) {
    return new AgentBuilder.Default(new ByteBuddy()
            .with(TypeValidation.DISABLED)
            .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE))
        .disableClassFormatChanges()
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.TypeStrategy.Default.DECORATE)
        .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
        .with(AgentBuilder.PoolStrategy.Default.FAST)
        .with(new TransformationLog())
        .ignore(nameStartsWith("io.driftwatch.")
            .or(nameStartsWith("net.bytebuddy."))
            .or(nameStartsWith("java."))
            .or(nameStartsWith("sun."))
            .or(nameStartsWith("com.sun."))
            .or(nameStartsWith("jdk.").and(not(nameStartsWith("jdk.internal.net.http."))))
            .or(nameContains("$$Lambda"))
            .or(nameContains("$Proxy")))
        .assureReadEdgeTo(instrumentation, Bridge.class);
  }
}
