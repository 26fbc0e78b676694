package io.driftwatch.agent;

import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a setting the way OpenTelemetry does: the system property {@code otel.foo-bar.baz} wins
 * over the environment variable {@code OTEL_FOO_BAR_BAZ}.
 */
final class ConfigLookup implements Function<String, String> {

  @Override
  public String apply(String key) {
    String property = System.getProperty(key);
    if (property != null) {
      return property;
    }
    return System.getenv(environmentName(key));
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
