package io.driftwatch.testing;

import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.tooling.Instrumentations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.util.List;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * The agent's instrumentation half, installed in the test's own JVM exactly as the agent installs
 * it (every instrumentation the service loader finds, through the same Byte Buddy settings), with
 * a {@link RecordingSink} where the analyzer would be. Once per JVM.
 */
public final class InProcessAgent {

  /** The bound on captured bodies: large enough for every test answer. */
  public static final int MAX_CAPTURED_BODY_BYTES = 1 << 20;

  private static RecordingSink sink;
  private static List<String> installed;

  private InProcessAgent() {}

  /** Installs on first use; returns the sink every later call shares. */
  public static synchronized RecordingSink install() {
    if (sink == null) {
      Instrumentation instrumentation = ByteBuddyAgent.install();
      try {
        BootClassPath.appendBootstrapClasses(instrumentation);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sink = new RecordingSink();
      routeExchangesToSink();
      installed = Instrumentations.install(instrumentation, InProcessAgent.class.getClassLoader(), name -> true);
    }
    return sink;
  }

  /**
   * Points the core at the sink again: a unit test in the same JVM may have installed a detector and
   * sink of its own.
   */
  public static synchronized void routeExchangesToSink() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), MAX_CAPTURED_BODY_BYTES, sink, null, sink);
  }

  /** The names of the instrumentations installed, in service-loader order. */
  public static synchronized List<String> installed() {
    install();
    return installed;
  }
}
