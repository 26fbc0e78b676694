package io.driftwatch.genai.emit;

import io.driftwatch.genai.analysis.DropCounter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps metric attribute cardinality bounded: each key admits its first {@code maxValues}
 * distinct values; later ones are reported as {@code _OTHER} and counted.
 */
public final class AttributeValueCap {

  public static final String OTHER = "_OTHER";

  private final int maxValues;
  private final DropCounter drops;
  private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

  public AttributeValueCap(int maxValues, DropCounter drops) {
    this.maxValues = maxValues;
    this.drops = drops;
  }

  public String admit(String key, String value) {
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
