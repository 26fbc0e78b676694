package io.driftwatch.instrumentation.openfeature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.openfeature.sdk.OpenFeatureAPI;
import io.driftwatch.testing.InProcessAgent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenFeature SDK, instrumented in process: its API singleton gets the agent's flag hook once. */
class OpenFeatureInstrumentationTest {

  private static final String HOOK = "io.driftwatch.instrumentation.openfeature.helper.FlagEvaluationHook";

  @BeforeAll
  static void installAgent() {
    InProcessAgent.install();
  }

  @Test
  void theApiGetsTheFlagHookDefinedNextToTheSdk() {
    OpenFeatureAPI api = OpenFeatureAPI.getInstance();

    List<?> ours = api.getHooks().stream().filter(hook -> hook.getClass().getName().equals(HOOK)).toList();

    assertEquals(1, ours.size(), "hooks: " + api.getHooks());
    assertEquals(OpenFeatureAPI.class.getClassLoader(), ours.get(0).getClass().getClassLoader().getParent(),
        "defined in a helper loader whose parent is the SDK's");
  }
}
