package io.driftwatch.genai.context;

import static io.driftwatch.genai.config.SettingValues.listValue;
import static io.driftwatch.genai.config.SettingValues.stringValue;

import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.ConfigSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each {@link MetadataField} is looked up, which feature-flag keys to read from baggage,
 * headers and MDC, and which fields also become metric attributes. Read once at start-up from the
 * agent's one {@link ConfigSource}.
 */
public record MetadataSettings(Map<MetadataField, String> keys, Map<MetadataField, String> headers,
    Map<MetadataField, String> deploymentValues, List<String> featureFlagKeys, Set<MetadataField> metricFields) {

  public static final String PREFIX = "otel.instrumentation.genai.metadata.";
  public static final String FEATURE_FLAG_KEYS = PREFIX + "feature-flag-keys";
  public static final String METRIC_ATTRIBUTES = "otel.instrumentation.genai.metric-attributes";

  public static MetadataSettings from(ConfigSource source) {
    Map<MetadataField, String> keys = new EnumMap<>(MetadataField.class);
    Map<MetadataField, String> headers = new EnumMap<>(MetadataField.class);
    Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      String base = PREFIX + field.settingName();
      keys.put(field, stringValue(source, base + ".key", field.defaultKey()));
      headers.put(field, stringValue(source, base + ".header", field.defaultHeader()));
      String value = stringValue(source, base, null);
      if (value != null) {
        values.put(field, value);
      }
    }
    return new MetadataSettings(keys, headers, values, listValue(source, FEATURE_FLAG_KEYS),
        metricFields(listValue(source, METRIC_ATTRIBUTES)));
  }

  /** Fields whose keys the MDC mirror must keep, plus the flag keys. */
  public List<String> mdcKeys() {
    List<String> all = new ArrayList<>(keys.values());
    all.addAll(featureFlagKeys);
    return all;
  }

  private static Set<MetadataField> metricFields(List<String> names) {
    Set<MetadataField> fields = java.util.EnumSet.noneOf(MetadataField.class);
    for (String name : names) {
      MetadataField match = null;
      for (MetadataField field : MetadataField.values()) {
        if (field.defaultKey().equals(name) || field.settingName().equals(name)) {
          match = field;
        }
      }
      if (match == null) {
        throw new ConfigException(METRIC_ATTRIBUTES, "'" + name + "' is not one of user.segment, experiment.arm");
      }
      fields.add(match);
    }
    return fields;
  }
}
