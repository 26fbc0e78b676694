package io.driftwatch.bootstrap;

import java.io.File;
import java.lang.instrument.Instrumentation;

/** Creates the isolated agent class loader once and runs the installer inside it. */
public final class AgentStarter {

  private static final String INSTALLER = "io.driftwatch.agent.AgentInstaller";
  private static boolean started;

  private AgentStarter() {}

  public static synchronized void start(Instrumentation instrumentation, String agentArgs, File agentJar)
      throws Exception {
    if (started) {
      return; // a second -javaagent or a repeated dynamic attach
    }
    started = true;
    ClassLoader agentLoader = new AgentClassLoader(agentJar);
    Class.forName(INSTALLER, true, agentLoader)
        .getMethod("install", Instrumentation.class, String.class)
        .invoke(null, instrumentation, agentArgs);
  }
}
