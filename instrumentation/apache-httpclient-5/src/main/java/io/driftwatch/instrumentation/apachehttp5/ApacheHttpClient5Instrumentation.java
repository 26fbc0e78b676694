package io.driftwatch.instrumentation.apachehttp5;

import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClassicCallHooks;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Apache HttpClient 5.x, classic and async: advice on {@code doExecute}, which every public
 * {@code execute} overload reaches (response handlers and simple requests included). Classic
 * responses get an observing entity; async LLM calls an observing request producer and response
 * consumer, swapped in where the request head first meets them (the request channel's body), so
 * other async calls cost no allocation. Redirects and retries happen inside, so one call is one
 * exchange.
 */
public final class ApacheHttpClient5Instrumentation implements ClientInstrumentation {

  static final String CLIENT = "apache-httpclient-5";
  /** The async client's bridge; the classic one is named {@link #CLIENT}. */
  static final String ASYNC_BRIDGE = CLIENT + "-async";
  static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.apachehttp5.helper.";
  private static final String PACKAGE = "org.apache.hc.client5.http.impl.classic.";
  private static final String ASYNC_PACKAGE = "org.apache.hc.client5.http.impl.async.";

  @Override
  public String name() {
    return CLIENT;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Bridge.named(CLIENT).install(
        new ClassicCallHooks(helperLoaders, CLIENT, HELPER_PACKAGE, HELPER_PACKAGE + "ObservingClassicCalls"));
    Bridge.named(ASYNC_BRIDGE).install(new ApacheAsyncHooks(helperLoaders));
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(named(PACKAGE + "InternalHttpClient").or(named(PACKAGE + "MinimalHttpClient")))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(ApacheHttpClient5Instrumentation.class.getClassLoader())
            .advice(named("doExecute").and(takesArguments(3))
                .and(takesArgument(0, named("org.apache.hc.core5.http.HttpHost")))
                .and(takesArgument(1, named("org.apache.hc.core5.http.ClassicHttpRequest"))),
                DoExecuteAdvice.class.getName()))
        .type(named(ASYNC_PACKAGE + "InternalAbstractHttpAsyncClient"))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(ApacheHttpClient5Instrumentation.class.getClassLoader())
            .advice(nameStartsWith("lambda$doExecute$").and(takesArguments(9))
                .and(takesArgument(1, named("org.apache.hc.core5.http.HttpHost")))
                .and(takesArgument(4, named("org.apache.hc.core5.http.nio.AsyncRequestProducer")))
                .and(takesArgument(5, named("org.apache.hc.core5.http.nio.AsyncResponseConsumer")))
                .and(takesArgument(6, named("org.apache.hc.core5.http.HttpRequest")))
                .and(takesArgument(7, named("org.apache.hc.core5.http.EntityDetails"))),
                AsyncDoExecuteAdvice.class.getName()));
  }
}
