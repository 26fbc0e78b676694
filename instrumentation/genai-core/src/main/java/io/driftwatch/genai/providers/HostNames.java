package io.driftwatch.genai.providers;

/** Case-insensitive host comparisons that allocate nothing. */
public final class HostNames {

  private HostNames() {}

  public static boolean startsWith(String host, String prefix) {
    return host.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  public static boolean endsWith(String host, String suffix) {
    return host.length() > suffix.length()
        && host.regionMatches(true, host.length() - suffix.length(), suffix, 0, suffix.length());
  }
}
