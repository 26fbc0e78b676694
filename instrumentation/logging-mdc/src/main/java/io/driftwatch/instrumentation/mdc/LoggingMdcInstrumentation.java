package io.driftwatch.instrumentation.mdc;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.genai.context.ThreadContextMirror;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * {@code org.slf4j.MDC} and {@code org.apache.logging.log4j.ThreadContext}: their static
 * put/remove/clear methods report to the agent's per-thread mirror (configured keys only).
 */
public final class LoggingMdcInstrumentation implements ClientInstrumentation {

  /** Its name and its bridge's; a constant, so the advice inlines it. */
  static final String NAME = "logging-mdc";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Bridge.named(NAME).install(new MdcHooks());
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(namedOneOf("org.slf4j.MDC", "org.apache.logging.log4j.ThreadContext"))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(LoggingMdcInstrumentation.class.getClassLoader())
            .advice(isStatic().and(named("put")).and(takesArguments(String.class, String.class)), PutAdvice.class.getName())
            .advice(isStatic().and(named("remove")).and(takesArguments(String.class)), RemoveAdvice.class.getName())
            .advice(isStatic().and(namedOneOf("clear", "clearMap", "clearAll")).and(takesArguments(0)),
                ClearAdvice.class.getName()));
  }
}
