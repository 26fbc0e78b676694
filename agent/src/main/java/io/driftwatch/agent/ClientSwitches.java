package io.driftwatch.agent;

import io.driftwatch.genai.config.ConfigSource;
import io.driftwatch.tooling.ClientInstrumentation;

/**
 * Whether each HTTP client's instrumentation is on. The clients are found by a service loader while
 * they are installed, so their names are not known when the configuration is read: the switches look
 * a name up in the same immutable snapshot of properties everything else was read from.
 */
final class ClientSwitches {

  private final ConfigSource source;

  ClientSwitches(ConfigSource source) {
    this.source = source;
  }

  /** The one place the switch's key is spelled. */
  static String key(String clientName) {
    return ClientInstrumentation.enabledKey(clientName);
  }

  /** Only {@code false} turns a client off, as before. */
  boolean enabled(String clientName) {
    return !"false".equalsIgnoreCase(source.get(key(clientName)));
  }
}
