package io.driftwatch.genai.config;

/** A configuration value the agent cannot use. The message always names the key. */
public final class ConfigException extends RuntimeException {

  private final String key;
  private final String problem;

  public ConfigException(String key, String problem) {
    this(key, problem, "invalid value for " + key + ": " + problem);
  }

  private ConfigException(String key, String problem, String message) {
    super(message);
    this.key = key;
    this.problem = problem;
  }

  /** A key in Driftwatch's namespace that no setting has, e.g. a misspelling in a configuration file. */
  public static ConfigException unknownKey(String key, String where) {
    return new ConfigException(key, "no such setting", "unknown key " + key + " " + where);
  }

  /** The same problem, with where the value was written, e.g. "in /etc/app/otel.properties line 3". */
  public ConfigException at(String where) {
    return new ConfigException(key, problem, "invalid value for " + key + " " + where + ": " + problem);
  }

  public String key() {
    return key;
  }
}
