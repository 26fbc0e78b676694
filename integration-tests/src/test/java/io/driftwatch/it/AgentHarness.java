package io.driftwatch.it;

import io.driftwatch.samples.otlp.OtlpReceiver;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.ProviderStandIn;
import java.time.Duration;
import java.util.List;

/**
 * What every agent-attached test shares: the OTLP receiver the agent exports to (its port is fixed
 * when the JVM starts, so there is one for the whole run) and the provider stand-in.
 */
final class AgentHarness {

  static final Duration WAIT = Duration.ofSeconds(15);
  /** Driftwatch's instrumentation scope: beside the official agent, its own GenAI spans carry another. */
  static final String DRIFTWATCH_SCOPE = "io.driftwatch.genai";
  static final OtlpReceiver RECEIVER = OtlpReceiver.start(Integer.getInteger("it.otlp.port"));
  static final ProviderStandIn PROVIDER = ProviderStandIn.start();

  private AgentHarness() {}

  /** The one span Driftwatch exported for calls to {@code model}; each test uses its own model name. */
  static ReceivedSpan spanFor(String model) {
    List<ReceivedSpan> spans = RECEIVER.awaitSpans(s -> DRIFTWATCH_SCOPE.equals(s.scopeName())
        && model.equals(s.stringAttr("gen_ai.request.model")), 1, WAIT);
    if (spans.size() != 1) {
      throw new AssertionError("expected one span for " + model + ", got " + spans);
    }
    return spans.get(0);
  }

  /** Driftwatch's spans exported so far for {@code model}, after giving the exporter time to deliver stragglers. */
  static List<ReceivedSpan> settledSpansFor(String model) throws InterruptedException {
    Thread.sleep(500);
    return RECEIVER.spans().stream().filter(s -> DRIFTWATCH_SCOPE.equals(s.scopeName())
        && model.equals(s.stringAttr("gen_ai.request.model"))).toList();
  }

  static String uniqueModel(String base) {
    return base + "-" + Long.toHexString(System.nanoTime());
  }
}
