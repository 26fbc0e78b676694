package io.driftwatch.instrumentation.apachehttp5;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.AsyncCallBridge;
import io.driftwatch.bootstrap.ClassicCallBridge;
import io.driftwatch.tooling.ClassicCallHooks;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Apache HttpClient 5.x, classic and async: advice on {@code doExecute}, which every public
 * {@code execute} overload reaches (response handlers and simple requests included). Classic
 * responses get an observing entity; async calls an observing request producer and response
 * consumer. Redirects and retries happen inside, so one call is one exchange.
 */
public final class ApacheHttpClient5Instrumentation implements ClientInstrumentation {

  static final String CLIENT = "apache-httpclient-5";
  static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.apachehttp5.helper.";
  private static final String PACKAGE = "org.apache.hc.client5.http.impl.classic.";
  private static final String ASYNC_PACKAGE = "org.apache.hc.client5.http.impl.async.";

  @Override
  public String name() {
    return CLIENT;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    ClassicCallBridge.APACHE_HTTPCLIENT_5.install(
        new ClassicCallHooks(helperLoaders, CLIENT, HELPER_PACKAGE, HELPER_PACKAGE + "ObservingClassicCalls"));
    AsyncCallBridge.APACHE_HTTPCLIENT_5.install(new ApacheAsyncHooks(helperLoaders));
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
            .advice(named("doExecute").and(takesArguments(6))
                .and(takesArgument(0, named("org.apache.hc.core5.http.HttpHost")))
                .and(takesArgument(1, named("org.apache.hc.core5.http.nio.AsyncRequestProducer")))
                .and(takesArgument(2, named("org.apache.hc.core5.http.nio.AsyncResponseConsumer"))),
                AsyncDoExecuteAdvice.class.getName()));
  }
}
