package io.driftwatch.instrumentation.apachehttp4;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClassicCallHooks;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Apache HttpClient 4.3 to 4.5: advice on {@code doExecute}, which every public
 * {@code CloseableHttpClient.execute} overload (response handlers included) reaches, in the
 * clients {@code HttpClientBuilder} and {@code HttpClients.createMinimal} build and in the
 * deprecated {@code DefaultHttpClient} family. Redirects and retries happen inside.
 */
public final class ApacheHttpClient4Instrumentation implements ClientInstrumentation {

  static final String CLIENT = "apache-httpclient-4";
  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.apachehttp4.helper.";
  private static final String PACKAGE = "org.apache.http.impl.client.";

  @Override
  public String name() {
    return CLIENT;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Bridge.named(CLIENT).install(
        new ClassicCallHooks(helperLoaders, CLIENT, HELPER_PACKAGE, HELPER_PACKAGE + "ObservingClassicCalls"));
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(named(PACKAGE + "InternalHttpClient").or(named(PACKAGE + "MinimalHttpClient"))
            .or(named(PACKAGE + "AbstractHttpClient")))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(ApacheHttpClient4Instrumentation.class.getClassLoader())
            .advice(named("doExecute").and(takesArguments(3))
                .and(takesArgument(0, named("org.apache.http.HttpHost")))
                .and(takesArgument(1, named("org.apache.http.HttpRequest"))),
                DoExecuteAdvice.class.getName()));
  }
}
