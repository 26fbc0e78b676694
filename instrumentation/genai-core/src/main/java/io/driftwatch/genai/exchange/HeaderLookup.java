package io.driftwatch.genai.exchange;

/** Case-insensitive first value of a header, adapted by each HTTP client; null when absent. */
@FunctionalInterface
public interface HeaderLookup {
  HeaderLookup NONE = name -> null;

  String get(String name);
}
