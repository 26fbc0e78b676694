package io.driftwatch.agent;


import io.driftwatch.bootstrap.QualityBridge;
import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataCapture;
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
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.internal.AutoConfigureUtil;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.common.CompletableResultCode;
import java.lang.instrument.Instrumentation;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

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
    OpenTelemetrySdk sdk = null;
    ConfigFile file = ConfigFile.NONE;
    try {
      file = SdkProperties.configFile();
      ConfigProperties properties = SdkProperties.read(file);
      DriftwatchConfig config = DriftwatchConfig.from(properties, file);
      if (!switchedOn(config)) {
        return;
      }
      LateDropCounter exportDrops = new LateDropCounter();
      SdkLogRouting.install(exportDrops);
      OpenTelemetrySdk[] created = new OpenTelemetrySdk[1];
      HttpClientSelectors selectors =
          HttpClientSelectors.createdBy(() -> created[0] = OpenTelemetrySetup.create(properties, exportDrops));
      sdk = created[0];
      OpenTelemetrySdk own = sdk;
      exportDrops.bind(start(instrumentation, config, sdk, own::shutdown, selectors::stop).drops());
    } catch (RuntimeException e) {
      AgentLog.info("agent disabled, application continues without it: " + problem(e, file));
      if (sdk != null) {
        sdk.shutdown();
      }
    }
  }

  /**
   * As the official agent's extension (driftwatch-extension.jar): that agent's SDK, exporters and
   * configuration, its configuration file included. No SDK or export pipeline of Driftwatch's own.
   *
   * @return the bounded drain of the analyzer's queue, to run before the official agent's SDK shuts
   *     down at exit; null when Driftwatch did not start
   */
  public static Runnable installBeside(Instrumentation instrumentation, AutoConfiguredOpenTelemetrySdk official) {
    try {
      ConfigProperties properties = AutoConfigureUtil.getConfig(official);
      if (properties == null) { // the official agent was configured declaratively: no ConfigProperties
        properties = SdkProperties.read();
      }
      DriftwatchConfig config = DriftwatchConfig.from(properties);
      if (!switchedOn(config)) {
        return null;
      }
      // The official agent's exit hook shuts its SDK down and makes the final export; the drain returned
      // runs first (DrainFirstSpanProcessor). A flush of ours would race that shutdown and can wait
      // forever on a processor already stopped, so Driftwatch's own exit hook only drains too.
      return start(instrumentation, config, official.getOpenTelemetrySdk(), CompletableResultCode::ofSuccess, () -> {})
          .exit();
    } catch (RuntimeException e) {
      AgentLog.info("agent disabled, application continues without it: " + problem(e, ConfigFile.NONE));
      return null;
    }
  }

  /** False (with one line) when the configuration switches Driftwatch off; else arms the test fault points. */
  private static boolean switchedOn(DriftwatchConfig config) {
    if (!config.genAi().enabled()) {
      AgentLog.info("disabled by " + GenAiSettings.ENABLED);
      return false;
    }
    FaultInjection.arm(config.faultPoints());
    return true;
  }

  private static String problem(RuntimeException e, ConfigFile file) {
    return e instanceof ConfigException ? e.getMessage()
        : "OpenTelemetry configuration: " + causes(e) + file.mentionedIn(causes(e));
  }

  /** What {@link #start} set up: the drop counter, and the exit hook it registered. */
  private record Started(AgentSelfMetrics drops, BoundedShutdown exit) {}

  /** The analyzer, the hooks and each HTTP client's instrumentation, on a started SDK. */
  private static Started start(Instrumentation instrumentation, DriftwatchConfig config, OpenTelemetrySdk sdk,
      Supplier<CompletableResultCode> finalExport, Runnable afterExport) {
    GenAiSettings settings = config.genAi();
    String version = AgentVersion.current();
    Meter meter = sdk.getMeter(SCOPE);
    AgentSelfMetrics drops = new AgentSelfMetrics(meter);
    ExchangeAnalyzer analyzer = ExchangeAnalyzer.create(settings, config.metadata(), sdk.getTracer(SCOPE, version),
        meter, LogsPipeline.logger(sdk, SCOPE, version), drops);
    analyzer.start();
    QualityBridge.install((responseId, name, score, label, explanation) -> analyzer.submitQuality(
        new QualityScore(responseId, name, score, label, explanation, nowEpochNanos())));
    LlmExchanges.install(new AllProtocols(new ProviderDetector(settings.extraEndpoints(), settings.detectByPath()),
            config.upstream()),
        settings.maxCapturedBodyBytes(), analyzer, new MetadataCapture(config.metadata()), drops);
    BoundedShutdown exit = new BoundedShutdown(analyzer, finalExport, afterExport, settings.shutdownTimeoutMillis());
    Runtime.getRuntime().addShutdownHook(new Thread(exit, "driftwatch-shutdown"));

    List<String> installed = installInstrumentations(instrumentation, config);
    AgentLog.info("started; instrumenting " + String.join(", ", installed));
    return new Started(drops, exit);
  }

  private static long nowEpochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static List<String> installInstrumentations(Instrumentation instrumentation, DriftwatchConfig config) {
    return Instrumentations.install(instrumentation, AgentInstaller.class.getClassLoader(), config.clients()::enabled);
  }
}
