package io.driftwatch;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Entry point named in the jar manifest. Loaded by the system class loader, so it only puts the
 * agent jar on the bootstrap search path and hands over; everything else runs in the isolated
 * agent class loader. Never lets a failure escape: a broken agent must not stop the application.
 */
public final class DriftwatchAgent {

  private DriftwatchAgent() {}

  public static void premain(String agentArgs, Instrumentation instrumentation) {
    start(agentArgs, instrumentation);
  }

  public static void agentmain(String agentArgs, Instrumentation instrumentation) {
    start(agentArgs, instrumentation);
  }

  private static void start(String agentArgs, Instrumentation instrumentation) {
    try {
      File agentJar = new File(DriftwatchAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar));
      Class.forName("io.driftwatch.bootstrap.AgentStarter", true, null)
          .getMethod("start", Instrumentation.class, String.class, File.class)
          .invoke(null, instrumentation, agentArgs, agentJar);
    } catch (Throwable t) {
      System.err.println("[driftwatch] agent disabled, application continues without it: " + t);
    }
  }
}
