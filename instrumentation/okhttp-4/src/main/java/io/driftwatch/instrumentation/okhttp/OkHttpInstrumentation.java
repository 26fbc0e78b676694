package io.driftwatch.instrumentation.okhttp;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * OkHttp 3.x to 5.x: every {@code OkHttpClient.Builder} gets the agent's interceptor first, so
 * synchronous and enqueued calls of every client built from it are observed. An enqueued call
 * carries the MDC values and flags of the thread that enqueued it to the dispatcher thread.
 */
public final class OkHttpInstrumentation implements ClientInstrumentation {

  /** Its name and its bridge's; a constant, so the advice inlines it. */
  static final String NAME = "okhttp";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Bridge.named(NAME).install(new OkHttpHooks(helperLoaders));
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    ClassLoader agent = OkHttpInstrumentation.class.getClassLoader();
    return builder.type(named("okhttp3.OkHttpClient$Builder")).transform(new AgentBuilder.Transformer.ForAdvice()
            .include(agent)
            .advice(isConstructor(), BuilderConstructorAdvice.class.getName()))
        // OkHttp 4 and 5, then 3
        .type(named("okhttp3.internal.connection.RealCall").or(named("okhttp3.RealCall")))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(agent)
            .advice(named("enqueue").and(takesArguments(1)).and(takesArgument(0, named("okhttp3.Callback"))),
                EnqueueAdvice.class.getName()))
        .type(named("okhttp3.internal.connection.RealCall$AsyncCall").or(named("okhttp3.RealCall$AsyncCall")))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(agent)
            .advice(named("run").or(named("execute")).and(takesArguments(0)), AsyncCallRunAdvice.class.getName()));
  }
}
