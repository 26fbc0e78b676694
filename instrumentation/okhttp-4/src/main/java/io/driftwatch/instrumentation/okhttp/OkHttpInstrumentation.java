package io.driftwatch.instrumentation.okhttp;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * OkHttp 3.x to 5.x: every {@code OkHttpClient.Builder} gets the agent's interceptor first, so
 * synchronous and enqueued calls of every client built from it are observed.
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
    return builder.type(named("okhttp3.OkHttpClient$Builder")).transform(new AgentBuilder.Transformer.ForAdvice()
        .include(OkHttpInstrumentation.class.getClassLoader())
        .advice(isConstructor(), BuilderConstructorAdvice.class.getName()));
  }
}
