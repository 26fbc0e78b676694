package io.driftwatch.instrumentation.openfeature;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;

import io.driftwatch.bootstrap.OpenFeatureBridge;
import io.driftwatch.tooling.AgentLog;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/** {@code dev.openfeature.sdk.OpenFeatureAPI}: the agent's hook is added when the API is created. */
public final class OpenFeatureInstrumentation implements ClientInstrumentation {

  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.openfeature.helper.";
  private static final String HOOK = HELPER_PACKAGE + "FlagEvaluationHook";

  @Override
  public String name() {
    return "openfeature";
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    OpenFeatureBridge.install(loader -> {
      try {
        return helperLoaders.instance(loader, HELPER_PACKAGE, HOOK);
      } catch (ReflectiveOperationException | LinkageError e) {
        AgentLog.warnOnce("openfeature-unsupported", "this OpenFeature SDK is not supported, flags are not captured: " + e);
        return null;
      }
    });
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(named("dev.openfeature.sdk.OpenFeatureAPI")).transform(new AgentBuilder.Transformer.ForAdvice()
        .include(OpenFeatureInstrumentation.class.getClassLoader())
        .advice(isConstructor(), ApiConstructorAdvice.class.getName()));
  }
}
