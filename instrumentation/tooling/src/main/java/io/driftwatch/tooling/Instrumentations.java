package io.driftwatch.tooling;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Installs every {@link ClientInstrumentation} the service loader finds and the configuration does
 * not switch off: its hooks first, then its advice. The agent and the in-process tests run this
 * same code.
 */
public final class Instrumentations {

  private Instrumentations() {}

  /**
   * @param enabled whether the instrumentation of this name is switched on
   * @return the names of the instrumentations installed, in service-loader order
   */
  public static List<String> install(Instrumentation instrumentation, ClassLoader agentLoader,
      Predicate<String> enabled) {
    HelperLoaders helperLoaders = new HelperLoaders(agentLoader);
    AgentBuilder builder = AgentBuilderFactory.create(instrumentation);
    List<String> names = new ArrayList<>();
    for (ClientInstrumentation client : ServiceLoader.load(ClientInstrumentation.class, agentLoader)) {
      if (!enabled.test(client.name())) {
        continue;
      }
      client.installHooks(helperLoaders);
      builder = client.instrument(builder);
      names.add(client.name());
    }
    builder.installOn(instrumentation);
    return names;
  }
}
