package io.driftwatch.instrumentation.openfeature;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;

import io.driftwatch.bootstrap.Bridge;
import io.driftwatch.tooling.ClientInstrumentation;
import io.driftwatch.tooling.HelperLoaders;
import net.bytebuddy.agent.builder.AgentBuilder;

/** {@code dev.openfeature.sdk.OpenFeatureAPI}: the agent's hook is added when the API is created. */
public final class OpenFeatureInstrumentation implements ClientInstrumentation {

  /** Its name and its bridge's; a constant, so the advice inlines it. */
  static final String NAME = "openfeature";
  /** The one operation: (the OpenFeatureAPI class) answers the agent's flag hook for that SDK, or null. */
  static final int HOOK_FOR = 0;
  private static final String HELPER_PACKAGE = "io.driftwatch.instrumentation.openfeature.helper.";
  private static final String HOOK = HELPER_PACKAGE + "FlagEvaluationHook";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void installHooks(HelperLoaders helperLoaders) {
    Object unsupported = new Object();
    ClassValue<Object> hooks = helperLoaders.perLibraryClass(HELPER_PACKAGE, HOOK, Object.class, unsupported,
        "OpenFeature SDK is not supported, flags are not captured");
    Bridge.named(NAME).install((operation, apiClass, unused, unused2) -> {
      Object hook = operation == HOOK_FOR && apiClass instanceof Class<?> type ? hooks.get(type) : null;
      return hook == unsupported ? null : hook;
    });
  }

  @Override
  public AgentBuilder instrument(AgentBuilder builder) {
    return builder.type(named("dev.openfeature.sdk.OpenFeatureAPI")).transform(new AgentBuilder.Transformer.ForAdvice()
        .include(OpenFeatureInstrumentation.class.getClassLoader())
        .advice(isConstructor(), ApiConstructorAdvice.class.getName()));
  }
}
