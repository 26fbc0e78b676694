package io.driftwatch.extension;

import io.driftwatch.BootstrapInstaller;
import io.driftwatch.DrainFirstSpanProcessor;
import java.lang.instrument.Instrumentation;

/**
 * Starts Driftwatch inside the official agent: takes the JVM's {@link Instrumentation} from the
 * official agent's bootstrap holder, defines Driftwatch's bootstrap classes in the boot loader (the
 * advice inlined into application classes calls them), and only then loads the installer, whose
 * classes refer to them. Types other than the JDK's and {@link BootstrapInstaller} are named as
 * strings so that nothing refers to a bootstrap class before it is defined. Last, it hands the
 * analyzer's drain to {@link DrainFirstSpanProcessor}, for the official agent's exit.
 */
public final class ExtensionInstaller {

  private static final String INSTRUMENTATION_HOLDER = "io.opentelemetry.javaagent.bootstrap.InstrumentationHolder";
  private static final String INSTALLER = "io.driftwatch.agent.AgentInstaller";
  private static final String SDK_TYPE = "io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk";

  private ExtensionInstaller() {}

  /** @param officialSdk the official agent's {@code AutoConfiguredOpenTelemetrySdk} */
  public static void install(Object officialSdk) throws Throwable {
    Instrumentation instrumentation = (Instrumentation) Class.forName(INSTRUMENTATION_HOLDER, true, null)
        .getMethod("getInstrumentation").invoke(null);
    if (instrumentation == null) {
      throw new IllegalStateException("the official agent holds no Instrumentation");
    }
    ClassLoader own = ExtensionInstaller.class.getClassLoader();
    BootstrapInstaller.defineBootstrapClasses(instrumentation, own);
    Object analyzerDrain = Class.forName(INSTALLER, true, own)
        .getMethod("installBeside", Instrumentation.class, Class.forName(SDK_TYPE, false, own))
        .invoke(null, instrumentation, officialSdk);
    if (analyzerDrain instanceof Runnable drain) {
      DrainFirstSpanProcessor.drainBeforeShutdown(drain);
    }
  }
}
