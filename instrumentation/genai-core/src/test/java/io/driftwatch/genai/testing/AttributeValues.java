package io.driftwatch.genai.testing;

import static io.opentelemetry.api.common.AttributeKey.booleanKey;
import static io.opentelemetry.api.common.AttributeKey.doubleKey;
import static io.opentelemetry.api.common.AttributeKey.longKey;
import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;

import io.opentelemetry.api.common.Attributes;
import java.util.List;

/**
 * Reads attributes by their wire names, spelled out in the tests on purpose: the tests pin the
 * names the conventions publish, independently of the constants the main code uses.
 */
public final class AttributeValues {

  private AttributeValues() {}

  public static String string(Attributes attributes, String name) {
    return attributes.get(stringKey(name));
  }

  public static Long whole(Attributes attributes, String name) {
    return attributes.get(longKey(name));
  }

  public static Double decimal(Attributes attributes, String name) {
    return attributes.get(doubleKey(name));
  }

  public static Boolean bool(Attributes attributes, String name) {
    return attributes.get(booleanKey(name));
  }

  public static List<String> strings(Attributes attributes, String name) {
    return attributes.get(stringArrayKey(name));
  }

  /** True when no attribute of any type has this name. */
  public static boolean absent(Attributes attributes, String name) {
    return attributes.asMap().keySet().stream().noneMatch(key -> key.getKey().equals(name));
  }
}
