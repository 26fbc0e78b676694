package io.driftwatch.agent;


import io.driftwatch.bootstrap.QualityBridge;
import io.driftwatch.genai.analysis.ExchangeAnalyzer;
import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.detect.ProviderDetector;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.metadata.MetadataCapture;
import io.driftwatch.genai.metadata.MetadataSettings;
import io.driftwatch.genai.quality.QualityScore;
import io.driftwatch.tooling.AgentLog;
import io.driftwatch.tooling.Instrumentations;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.instrument.Instrumentation;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Runs inside the agent class loader: reads configuration, starts the private SDK and the
 * analyzer, then installs each HTTP client's instrumentation. Any problem disables the agent,
 * never the application.
 */
public final class AgentInstaller {

  static final String SCOPE = "io.driftwatch.genai";

  private AgentInstaller() {}

  /** The messages of an exception and its causes: autoconfigure's own says little without them. */
  static String causes(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
    for (Throwable cause = error.getCause(); cause != null && cause != error; cause = cause.getCause()) {
      text.append(": ").append(cause.getMessage());
      if (cause.getCause() == cause) {
        break;
      }
    }
    return text.toString();
  }

  public static void install(Instrumentation instrumentation, String agentArgs) {
    Function<String, String> config = new ConfigLookup();
    GenAiSettings settings;
    MetadataSettings metadata;
    OpenTelemetrySdk sdk = null;
    ExchangeAnalyzer analyzer;
    AgentSelfMetrics drops;
    HttpClientSelectors selectors;
    try {
      settings = GenAiSettings.from(config);
      metadata = MetadataSettings.from(config);
      if (!settings.enabled()) {
        AgentLog.info("disabled by " + GenAiSettings.ENABLED);
        return;
      }
      ExporterProtocolCheck.validate(config);
      LateDropCounter exportDrops = new LateDropCounter();
      SdkLogRouting.install(exportDrops);
      OpenTelemetrySdk[] created = new OpenTelemetrySdk[1];
      selectors = HttpClientSelectors.createdBy(() -> created[0] = OpenTelemetrySetup.create(exportDrops));
      sdk = created[0];
      String version = AgentInstaller.class.getPackage().getImplementationVersion();
      Meter meter = sdk.getMeter(SCOPE);
      drops = new AgentSelfMetrics(meter);
      exportDrops.bind(drops);
      analyzer = ExchangeAnalyzer.create(settings, metadata, sdk.getTracer(SCOPE, version), meter, drops);
    } catch (RuntimeException e) {
      String problem = e instanceof ConfigException ? e.getMessage() : "OpenTelemetry configuration: " + causes(e);
      AgentLog.info("agent disabled, application continues without it: " + problem);
      if (sdk != null) {
        sdk.shutdown();
      }
      return;
    }
    OpenTelemetrySdk started = sdk;
    analyzer.start();
    QualityBridge.install((responseId, name, score, label, explanation) -> analyzer.submitQuality(
        new QualityScore(responseId, name, score, label, explanation, nowEpochNanos())));
    LlmExchanges.install(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
        settings.maxCapturedBodyBytes(), analyzer, new MetadataCapture(metadata), drops);
    Runtime.getRuntime().addShutdownHook(new Thread(
        new BoundedShutdown(analyzer, started, selectors, settings.shutdownTimeoutMillis()), "driftwatch-shutdown"));

    List<String> installed = installInstrumentations(instrumentation, config);
    AgentLog.info("started; instrumenting " + String.join(", ", installed));
  }

  private static long nowEpochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static List<String> installInstrumentations(Instrumentation instrumentation, Function<String, String> config) {
    return Instrumentations.install(instrumentation, AgentInstaller.class.getClassLoader(), config);
  }
}
