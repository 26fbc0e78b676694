package io.driftwatch.genai.emit;

import io.driftwatch.genai.util.DropCounter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps metric attributes bounded in count and in length: each key admits its first
 * {@code maxValues} distinct values; later ones are reported as {@code _OTHER} and counted. A value
 * longer than {@link #MAX_VALUE_CHARS} is reported as {@code _OTHER} too (counted as
 * {@value #VALUE_TOO_LONG}) and never remembered: cutting it would keep a unique, misleading value
 * per call, and a model name or host that long is not one a dashboard can use.
 */
public final class AttributeValueCap {

  public static final String OTHER = "_OTHER";
  /** Longest metric attribute value kept; real model names, hosts and versions are far shorter. */
  public static final int MAX_VALUE_CHARS = 128;
  static final String VALUE_TOO_LONG = "metric_value_too_long";

  private final int maxValues;
  private final DropCounter drops;
  private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

  public AttributeValueCap(int maxValues, DropCounter drops) {
    this.maxValues = maxValues;
    this.drops = drops;
  }

  public String admit(String key, String value) {
    if (value != null && value.length() > MAX_VALUE_CHARS) {
      drops.count(VALUE_TOO_LONG, "a value of metric attribute " + key + " was longer than " + MAX_VALUE_CHARS
          + " characters; it is reported as " + OTHER);
      return OTHER;
    }
    Set<String> values = seen.computeIfAbsent(key, k -> new HashSet<>());
    synchronized (values) {
      if (values.contains(value)) {
        return value;
      }
      if (values.size() < maxValues) {
        values.add(value);
        return value;
      }
    }
    drops.count("cardinality", "attribute " + key + " has more than " + maxValues
        + " distinct values; further values are reported as " + OTHER);
    return OTHER;
  }
}
