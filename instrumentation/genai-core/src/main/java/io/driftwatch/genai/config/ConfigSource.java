package io.driftwatch.genai.config;

/**
 * Where settings come from: the raw text of a key, or null when it is unset. The agent backs it
 * with the OpenTelemetry SDK's own {@code ConfigProperties}, so Driftwatch's keys and the SDK's
 * agree on system properties, environment variables and their precedence; genai-core sees only
 * this interface and so needs no SDK.
 */
@FunctionalInterface
public interface ConfigSource {

  /** @return the value as written, or null when the key is unset */
  String get(String key);
}
