package io.driftwatch.agent;

import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.ConfigSource;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.config.SettingValues;
import io.driftwatch.genai.config.UpstreamSettings;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.util.FaultInjection;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything Driftwatch is configured with, read once at start-up from the SDK's
 * {@link ConfigProperties} and handed to whatever needs it; nothing else in the agent reads
 * properties or environment variables (the two {@link io.driftwatch.PreStartFlags} aside). A bad
 * value fails here, before anything starts, with a message naming its key.
 *
 * @param genAi the product's settings, the JVM-exit budget among them
 * @param metadata where the runbook metadata is looked up
 * @param clients the per-client switches
 * @param faultPoints the points {@link FaultInjection} fails at, for the host-safety tests
 * @param upstream which vector-store and MCP calls are watched
 */
record DriftwatchConfig(GenAiSettings genAi, MetadataSettings metadata, ClientSwitches clients,
    Set<String> faultPoints, UpstreamSettings upstream) {

  DriftwatchConfig {
    faultPoints = Set.copyOf(faultPoints);
  }

  /** Driftwatch's own keys: one of these in a configuration file that no setting reads is a mistake. */
  static final String NAMESPACE = "otel.instrumentation.genai.";

  /** Reads and checks every key, the SDK's exporter protocol included when the agent is on. */
  static DriftwatchConfig from(ConfigProperties properties) {
    return from(properties, ConfigFile.NONE);
  }

  /** As {@link #from(ConfigProperties)}; a problem with a value or key the file set names the file and line. */
  static DriftwatchConfig from(ConfigProperties properties, ConfigFile file) {
    Set<String> read = new HashSet<>();
    DriftwatchConfig config;
    try {
      config = from(key -> {
        read.add(ConfigFile.normalise(key));
        return properties.getString(key);
      });
    } catch (ConfigException e) {
      String where = file.whereSet(e.key());
      boolean fileValueWins = where != null
          && Objects.equals(file.values().get(ConfigFile.normalise(e.key())), properties.getString(e.key()));
      throw fileValueWins ? e.at(where) : e;
    }
    for (String key : file.values().keySet()) {
      if (key.startsWith(NAMESPACE) && !read.contains(key)) {
        throw ConfigException.unknownKey(file.spelling(key), file.whereSet(key));
      }
    }
    return config;
  }

  static DriftwatchConfig from(ConfigSource source) {
    GenAiSettings genAi = GenAiSettings.from(source);
    MetadataSettings metadata = MetadataSettings.from(source);
    if (genAi.enabled()) {
      ExporterProtocolCheck.validate(source); // about the SDK, which a disabled agent never starts
    }
    Set<String> faultPoints = new LinkedHashSet<>(SettingValues.listValue(source, FaultInjection.KEY));
    return new DriftwatchConfig(genAi, metadata, new ClientSwitches(source), faultPoints,
        UpstreamSettings.from(source));
  }
}
