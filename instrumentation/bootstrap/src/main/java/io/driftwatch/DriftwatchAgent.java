package io.driftwatch;

import java.lang.instrument.Instrumentation;

/**
 * Entry point named in the jar manifest, and the only class the JVM loads from the agent before the
 * runtime is checked. Compiled for Java 8 (see instrumentation/bootstrap/pom.xml), so any JVM a
 * fleet runs can load it: on a runtime older than {@link #OLDEST_SUPPORTED_JAVA} it prints one line
 * and returns, and the application starts as it would without the agent. A failing
 * {@code -javaagent} would stop the JVM instead. Java 8 API only, and no other Driftwatch class by
 * type: {@link BootstrapInstaller} (Java 17) is named as a string and loaded after the check.
 */
public final class DriftwatchAgent {

  /** The oldest Java feature release the agent runs on. */
  static final int OLDEST_SUPPORTED_JAVA = 17;
  private static final String INSTALLER = "io.driftwatch.BootstrapInstaller";
  private static final String LOG_PREFIX = "[driftwatch] ";

  private DriftwatchAgent() {}

  public static void premain(String agentArgs, Instrumentation instrumentation) {
    start(agentArgs, instrumentation);
  }

  public static void agentmain(String agentArgs, Instrumentation instrumentation) {
    start(agentArgs, instrumentation);
  }

  private static void start(String agentArgs, Instrumentation instrumentation) {
    try {
      String refusal = refusal(System.getProperty("java.specification.version"));
      if (refusal != null) {
        System.err.println(LOG_PREFIX + refusal);
        return;
      }
      Class.forName(INSTALLER).getMethod("start", String.class, Instrumentation.class)
          .invoke(null, agentArgs, instrumentation);
    } catch (Throwable t) {
      System.err.println(LOG_PREFIX + "agent disabled, application continues without it: " + t);
    }
  }

  /**
   * @param specificationVersion the runtime's {@code java.specification.version}: "1.8", "11", "17"
   * @return the one line to print when the agent cannot run there, or null when it can
   */
  static String refusal(String specificationVersion) {
    int feature = featureRelease(specificationVersion);
    if (feature >= OLDEST_SUPPORTED_JAVA) {
      return null;
    }
    return "agent disabled, application continues without it: Java " + specificationVersion
        + " is older than Java " + OLDEST_SUPPORTED_JAVA + ", the oldest this agent supports";
  }

  /** 8 for "1.8", 11 for "11"; 0 when the text is no version (which then counts as too old). */
  static int featureRelease(String specificationVersion) {
    if (specificationVersion == null) {
      return 0;
    }
    String text = specificationVersion.trim();
    if (text.startsWith("1.")) {
      text = text.substring(2);
    }
    int end = 0;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 4) {
      return 0;
    }
    return Integer.parseInt(text.substring(0, end));
  }
}
