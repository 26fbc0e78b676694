package io.driftwatch.agent;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.Map;

/**
 * The agent's one read of system properties and environment variables: the SDK's own
 * {@link ConfigProperties}, built the way autoconfigure builds it (defaults, then environment
 * variables, then system properties, each key normalised the OpenTelemetry way). The same object
 * configures the SDK ({@link OpenTelemetrySetup}) and Driftwatch ({@link DriftwatchConfig}), so the
 * two can never disagree about a value; a config file, when supported, plugs in here once.
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

  /** Reads system properties and environment variables now; the result is an immutable snapshot. */
  static ConfigProperties read() {
    return DefaultConfigProperties.create(DEFAULTS, ComponentLoader.forClassLoader(SdkProperties.class.getClassLoader()));
  }
}
