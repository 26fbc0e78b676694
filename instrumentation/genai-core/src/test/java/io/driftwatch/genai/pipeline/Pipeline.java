package io.driftwatch.genai.pipeline;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.config.UpstreamSettings;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.protocols.AllProtocols;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.testing.Telemetry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent's pipeline without the agent: settings, detector, {@link LlmExchanges}, a started
 * {@link ExchangeAnalyzer} built the way the agent builds it, over an in-memory SDK.
 */
final class Pipeline {

  static final int SHUTDOWN_MILLIS = 5_000;

  final Telemetry telemetry = new Telemetry();
  /** Drop reasons in the order the analyzer counted them. */
  final List<String> drops = new CopyOnWriteArrayList<>();
  final ExchangeAnalyzer analyzer;

  private Pipeline(Map<String, String> config) {
    GenAiSettings settings = GenAiSettings.from(config::get);
    analyzer = ExchangeAnalyzer.create(settings, MetadataSettings.from(config::get), telemetry.tracer(),
        telemetry.meter(), telemetry.logger(), (reason, message) -> drops.add(reason)).start();
    LlmExchanges.install(new AllProtocols(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
            UpstreamSettings.from(config::get)),
        settings.maxCapturedBodyBytes(), analyzer, null, (reason, message) -> drops.add(reason));
  }

  static Pipeline withDefaults() {
    return new Pipeline(Map.of());
  }

  /** @param config setting keys and values, as system properties would give them */
  static Pipeline with(Map<String, String> config) {
    return new Pipeline(config);
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
