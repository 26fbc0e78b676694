package io.driftwatch.agent;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;

/**
 * What the agent jar's commands ({@code java -jar driftwatch-agent.jar replay}) share with the
 * agent: the same one configuration read ({@link SdkProperties}, {@link DriftwatchConfig}) and the
 * same bounded SDK, so a command reads the refusal lexicon, prices and OTLP settings the agent does.
 */
public final class CommandSetup {

  private final ConfigProperties properties;
  private final GenAiSettings settings;

  private CommandSetup(ConfigProperties properties) {
    this.properties = properties;
    this.settings = DriftwatchConfig.from(properties).genAi();
  }

  /** Reads the configuration; a bad value throws a {@code ConfigException} naming its key. */
  public static CommandSetup read() {
    return new CommandSetup(SdkProperties.read());
  }

  public GenAiSettings settings() {
    return settings;
  }

  /** The SDK the agent would run, exporting over the configured OTLP endpoint. */
  public OpenTelemetrySdk telemetry(DropCounter drops) {
    SdkLogRouting.install(drops); // the SDK's warnings become throttled lines, as in the agent
    return OpenTelemetrySetup.create(properties, drops);
  }
}
