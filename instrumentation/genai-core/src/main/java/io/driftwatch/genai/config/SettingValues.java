package io.driftwatch.genai.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed reads of one key each: a blank or unset value means the default, anything else must parse
 * or the read fails with a {@link ConfigException} naming the key. Strict on purpose: the SDK's own
 * {@code getBoolean} takes any word for {@code false}, and a typo must not silently turn a feature off.
 */
public final class SettingValues {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|)");

  private SettingValues() {}

  public static boolean booleanValue(ConfigSource source, String key, boolean fallback) {
    String raw = source.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new ConfigException(key, "expected true or false, got '" + raw + "'");
    }
  }

  public static int intValue(ConfigSource source, String key, int fallback, int min, int max) {
    String raw = source.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new ConfigException(key, "expected a number from " + min + " to " + max + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "expected a whole number, got '" + raw + "'");
    }
  }

  /**
   * A duration the way OpenTelemetry writes one: a whole number with an optional unit
   * ({@code ms}, {@code s}, {@code m}); a bare number is milliseconds.
   */
  public static long durationMillis(ConfigSource source, String key, long fallback, long max) {
    String raw = source.get(key);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    Matcher parts = DURATION.matcher(raw.trim().toLowerCase(Locale.ROOT));
    if (!parts.matches()) {
      throw new ConfigException(key, "expected a duration such as 500ms, 1s or 2000, got '" + raw + "'");
    }
    long value;
    try {
      value = Long.parseLong(parts.group(1));
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "expected a duration such as 500ms, 1s or 2000, got '" + raw + "'");
    }
    long unit = switch (parts.group(2)) {
      case "s" -> 1_000L;
      case "m" -> 60_000L;
      default -> 1L;
    };
    if (value > max / unit) {
      throw new ConfigException(key, "expected at most " + max + " ms, got '" + raw + "'");
    }
    return value * unit;
  }

  /** @return the compiled expression, or null when unset */
  public static Pattern patternValue(ConfigSource source, String key) {
    String raw = source.get(key);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Pattern.compile(raw);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(key, "not a valid regular expression: " + e.getDescription());
    }
  }

  /** Comma-separated items, trimmed, blanks dropped; empty when unset. */
  public static List<String> listValue(ConfigSource source, String key) {
    String raw = source.get(key);
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

  /** The trimmed value, or {@code fallback} when unset or blank. */
  public static String stringValue(ConfigSource source, String key, String fallback) {
    String raw = source.get(key);
    return raw == null || raw.isBlank() ? fallback : raw.trim();
  }
}
