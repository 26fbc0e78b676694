package io.driftwatch.agent;


import io.driftwatch.bootstrap.QualityBridge;
import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataCapture;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.emit.quality.QualityScore;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.pipeline.ExchangeAnalyzer;
import io.driftwatch.genai.protocols.AllProtocols;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.util.FaultInjection;
import io.driftwatch.tooling.AgentLog;
import io.driftwatch.tooling.Instrumentations;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.lang.instrument.Instrumentation;
import java.time.Instant;
import java.util.List;

/**
 * Runs inside the agent class loader: reads the one configuration ({@link DriftwatchConfig}),
 * starts the private SDK and the analyzer, then installs each HTTP client's instrumentation. Any
 * problem disables the agent, never the application.
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
    DriftwatchConfig config;
    GenAiSettings settings;
    MetadataSettings metadata;
    OpenTelemetrySdk sdk = null;
    ExchangeAnalyzer analyzer;
    AgentSelfMetrics drops;
    HttpClientSelectors selectors;
    ConfigFile file = ConfigFile.NONE;
    try {
      file = SdkProperties.configFile();
      ConfigProperties properties = SdkProperties.read(file);
      config = DriftwatchConfig.from(properties, file);
      settings = config.genAi();
      metadata = config.metadata();
      if (!settings.enabled()) {
        AgentLog.info("disabled by " + GenAiSettings.ENABLED);
        return;
      }
      FaultInjection.arm(config.faultPoints());
      LateDropCounter exportDrops = new LateDropCounter();
      SdkLogRouting.install(exportDrops);
      OpenTelemetrySdk[] created = new OpenTelemetrySdk[1];
      selectors = HttpClientSelectors.createdBy(() -> created[0] = OpenTelemetrySetup.create(properties, exportDrops));
      sdk = created[0];
      String version = AgentInstaller.class.getPackage().getImplementationVersion();
      Meter meter = sdk.getMeter(SCOPE);
      drops = new AgentSelfMetrics(meter);
      exportDrops.bind(drops);
      analyzer = ExchangeAnalyzer.create(settings, metadata, sdk.getTracer(SCOPE, version), meter,
          LogsPipeline.logger(sdk, SCOPE, version), drops);
    } catch (RuntimeException e) {
      String problem = e instanceof ConfigException ? e.getMessage()
          : "OpenTelemetry configuration: " + causes(e) + file.mentionedIn(causes(e));
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
    LlmExchanges.install(new AllProtocols(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
            config.upstream()),
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

  private static List<String> installInstrumentations(Instrumentation instrumentation, DriftwatchConfig config) {
    return Instrumentations.install(instrumentation, AgentInstaller.class.getClassLoader(), config.clients()::enabled);
  }
}
