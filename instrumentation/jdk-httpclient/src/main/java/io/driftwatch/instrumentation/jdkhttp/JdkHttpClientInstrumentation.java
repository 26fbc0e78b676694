package io.driftwatch.instrumentation.jdkhttp;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * {@code java.net.http.HttpClient}: advice on the JDK's implementation class, whose
 * {@code send} and 3-argument {@code sendAsync} every public entry point reaches.
 */
public final class JdkHttpClientInstrumentation implements ClientInstrumentation {

  static final String CLIENT_IMPL = "jdk.internal.net.http.HttpClientImpl";
  /** Its name and its bridge's; a constant, so the advice inlines it. */
  static final String NAME = "jdk-httpclient";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Bridge.named(NAME).install(new JdkHttpClientHooks());
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(named(CLIENT_IMPL)).transform(new AgentBuilder.Transformer.ForAdvice()
        .include(JdkHttpClientInstrumentation.class.getClassLoader())
        .advice(named("send").and(isPublic()).and(takesArguments(2))
            .and(takesArgument(0, named("java.net.http.HttpRequest"))), SendAdvice.class.getName())
        .advice(named("sendAsync").and(isPublic()).and(takesArguments(3))
            .and(takesArgument(0, named("java.net.http.HttpRequest"))), SendAsyncAdvice.class.getName()));
  }
}
