package io.driftwatch.agent;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.HashMap;
import java.util.Map;

/**
 * The agent's one read of system properties and environment variables: the SDK's own
 * {@link ConfigProperties}, built the way autoconfigure builds it (defaults, then the
 * {@link ConfigFile}, then environment variables, then system properties, each key normalised the
 * OpenTelemetry way), the official agent's precedence. The same object configures the SDK
 * ({@link OpenTelemetrySetup}) and Driftwatch ({@link DriftwatchConfig}), so the two can never
 * disagree about a value.
 */
final class SdkProperties {

  /**
   * The official agent's defaults, plus a length limit on span attribute values (a provider's
   * free text must not make a span unbounded); any system property or environment variable
   * overrides them.
   */
  static final Map<String, String> DEFAULTS = Map.of(
      "otel.exporter.otlp.protocol", "http/protobuf",
      "otel.logs.exporter", LogsPipeline.DEFAULT_EXPORTER,
      "otel.attribute.value.length.limit", "16384");

  private SdkProperties() {}

  /** The configuration file the system property or environment variable names, read now. */
  static ConfigFile configFile() {
    return ConfigFile.locate(System.getProperty(ConfigFile.KEY), System.getenv(ConfigFile.ENVIRONMENT_VARIABLE));
  }

  /** Reads system properties and environment variables now; the result is an immutable snapshot. */
  static ConfigProperties read() {
    return read(ConfigFile.NONE);
  }

  /** As {@link #read()}, with the file's values between the defaults and the environment. */
  static ConfigProperties read(ConfigFile file) {
    Map<String, String> belowEnvironment = new HashMap<>(DEFAULTS);
    belowEnvironment.putAll(file.values());
    return DefaultConfigProperties.create(belowEnvironment,
        ComponentLoader.forClassLoader(SdkProperties.class.getClassLoader()));
  }
}
