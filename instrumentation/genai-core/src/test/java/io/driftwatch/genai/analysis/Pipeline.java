package io.driftwatch.genai.analysis;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.detect.ProviderDetector;
import io.driftwatch.genai.emit.GenAiMetrics;
import io.driftwatch.genai.emit.GenAiSpanEmitter;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.testing.Telemetry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent's pipeline without the agent: settings, detector, {@link LlmExchanges}, a started
 * {@link ExchangeAnalyzer} with the real emitters, over an in-memory SDK.
 */
final class Pipeline {

  static final int SHUTDOWN_MILLIS = 5_000;

  final Telemetry telemetry = new Telemetry();
  /** Drop reasons in the order the analyzer counted them. */
  final List<String> drops = new CopyOnWriteArrayList<>();
  final ExchangeAnalyzer analyzer;

  private Pipeline(GenAiSettings settings) {
    analyzer = new ExchangeAnalyzer(64,
        new GenAiSpanEmitter(telemetry.tracer(), settings.emitLegacySystemAttribute()),
        new GenAiMetrics(telemetry.meter(), settings.emitLegacySystemAttribute()),
        (reason, message) -> drops.add(reason)).start();
    LlmExchanges.install(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
        settings.maxCapturedBodyBytes(), analyzer);
  }

  static Pipeline withDefaults() {
    return new Pipeline(GenAiSettings.defaults());
  }

  /** @param config setting keys and values, as system properties would give them */
  static Pipeline with(Map<String, String> config) {
    return new Pipeline(GenAiSettings.from(config::get));
  }

  /** Lets the analyzer emit everything queued, as the agent's shutdown hook does. */
  Telemetry finish() {
    analyzer.shutdown(SHUTDOWN_MILLIS);
    return telemetry;
  }

  void close() {
    analyzer.shutdown(SHUTDOWN_MILLIS);
    telemetry.close();
  }
}
