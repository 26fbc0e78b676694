package io.driftwatch.genai.context;

import io.driftwatch.genai.config.ConfigException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where each {@link MetadataField} is looked up, which feature-flag keys to read from baggage,
 * headers and MDC, and which fields also become metric attributes.
 */
public record MetadataSettings(Map<MetadataField, String> keys, Map<MetadataField, String> headers,
    Map<MetadataField, String> deploymentValues, List<String> featureFlagKeys, Set<MetadataField> metricFields) {

  public static final String PREFIX = "otel.instrumentation.genai.metadata.";
  public static final String FEATURE_FLAG_KEYS = PREFIX + "feature-flag-keys";
  public static final String METRIC_ATTRIBUTES = "otel.instrumentation.genai.metric-attributes";

  public static MetadataSettings from(Function<String, String> lookup) {
    Map<MetadataField, String> keys = new EnumMap<>(MetadataField.class);
    Map<MetadataField, String> headers = new EnumMap<>(MetadataField.class);
    Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      String base = PREFIX + field.settingName();
      keys.put(field, orDefault(lookup.apply(base + ".key"), field.defaultKey()));
      headers.put(field, orDefault(lookup.apply(base + ".header"), field.defaultHeader()));
      String value = lookup.apply(base);
      if (value != null && !value.isBlank()) {
        values.put(field, value.trim());
      }
    }
    return new MetadataSettings(keys, headers, values, list(lookup.apply(FEATURE_FLAG_KEYS)),
        metricFields(lookup.apply(METRIC_ATTRIBUTES)));
  }

  /** Fields whose keys the MDC mirror must keep, plus the flag keys. */
  public List<String> mdcKeys() {
    List<String> all = new ArrayList<>(keys.values());
    all.addAll(featureFlagKeys);
    return all;
  }

  private static Set<MetadataField> metricFields(String raw) {
    Set<MetadataField> fields = java.util.EnumSet.noneOf(MetadataField.class);
    for (String name : list(raw)) {
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

  private static List<String> list(String raw) {
    List<String> items = new ArrayList<>();
    if (raw != null) {
      for (String item : raw.split(",")) {
        if (!item.isBlank()) {
          items.add(item.trim());
        }
      }
    }
    return List.copyOf(items);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
