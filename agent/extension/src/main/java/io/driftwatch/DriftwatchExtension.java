package io.driftwatch;

import io.opentelemetry.javaagent.extension.AgentListener;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

/**
 * What the official OpenTelemetry Java agent calls in driftwatch-extension.jar, once its SDK is
 * built. Compiled for Java 8, like {@link DriftwatchAgent}, because the official agent starts on
 * Java 8 and loads its extensions' listeners there too: on a runtime older than Driftwatch supports
 * this prints one line and returns, and the official agent goes on as without the extension. The
 * Java 17 installer is named as a string and loaded only after the check.
 */
public final class DriftwatchExtension implements AgentListener {

  private static final String INSTALLER = "io.driftwatch.extension.ExtensionInstaller";
  private static final String LOG_PREFIX = "[driftwatch] ";

  @Override
  public void afterAgent(AutoConfiguredOpenTelemetrySdk sdk) {
    try {
      String refusal = DriftwatchAgent.refusal(System.getProperty("java.specification.version"));
      if (refusal != null) {
        System.err.println(LOG_PREFIX + refusal);
        return;
      }
      Class.forName(INSTALLER, true, DriftwatchExtension.class.getClassLoader())
          .getMethod("install", Object.class).invoke(null, sdk);
    } catch (Throwable t) {
      System.err.println(LOG_PREFIX + "extension disabled, application continues without it: " + t);
    }
  }

  @Override
  public int order() {
    return 0;
  }
}
