package io.driftwatch.samples.otlp;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of decoded attributes. A value of the wrong type fails loudly, so a test that expects
 * {@code gen_ai.usage.input_tokens} as a Long learns it arrived as a String instead of seeing null.
 */
final class AttributeLookup {

  private AttributeLookup() {}

  /** The value under {@code key} as {@code type}; null when absent; AssertionError when of another type. */
  static <T> T typed(Map<String, Object> attributes, String key, Class<T> type) {
    Object value = attributes.get(key);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new AssertionError("attribute '" + key + "' is a " + value.getClass().getSimpleName()
        + " (" + value + "), not a " + type.getSimpleName());
  }

  @SuppressWarnings("unchecked") // decoded arrays are always List<Object>
  static List<Object> list(Map<String, Object> attributes, String key) {
    return typed(attributes, key, List.class);
  }
}
