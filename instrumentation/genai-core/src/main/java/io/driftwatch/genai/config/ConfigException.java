package io.driftwatch.genai.config;

/** A configuration value the agent cannot use. The message always names the key. */
public final class ConfigException extends RuntimeException {

  private final String key;

  public ConfigException(String key, String problem) {
    super("invalid value for " + key + ": " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
