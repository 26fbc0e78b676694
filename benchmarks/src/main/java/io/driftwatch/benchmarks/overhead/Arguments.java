package io.driftwatch.benchmarks.overhead;

import java.util.HashMap;
import java.util.Map;

/** {@code key=value} command-line arguments, for the app and the harness alike. */
final class Arguments {

  private final Map<String, String> values;

  private Arguments(Map<String, String> values) {
    this.values = values;
  }

  static Arguments parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("expected key=value, got: " + arg);
      }
      values.put(arg.substring(0, equals), arg.substring(equals + 1));
    }
    return new Arguments(values);
  }

  String text(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  String required(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("missing argument " + key + "=...");
    }
    return value;
  }

  int number(String key, int fallback) {
    String value = values.get(key);
    return value == null ? fallback : Integer.parseInt(value);
  }
}
