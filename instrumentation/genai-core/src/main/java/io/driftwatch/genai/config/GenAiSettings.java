package io.driftwatch.genai.config;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The product's own settings, read once at start-up. Keys follow the OpenTelemetry naming so one
 * system property ({@code otel.instrumentation.genai.*}) or environment variable
 * ({@code OTEL_INSTRUMENTATION_GENAI_*}) sets each.
 */
public record GenAiSettings(
    boolean enabled,
    List<EndpointRule> extraEndpoints,
    boolean detectByPath,
    int maxCapturedBodyBytes,
    boolean emitLegacySystemAttribute,
    String refusalLexiconFile,
    String pricesFile,
    int retryWindowMillis,
    int maxAttributeValues,
    int streamIdleTimeoutMillis,
    boolean captureMessageContent,
    int capturedContentMaxLength,
    Pattern extraRedactPattern,
    long shutdownTimeoutMillis) {

  public static final String ENABLED = "otel.instrumentation.genai.enabled";
  public static final String ENDPOINTS = "otel.instrumentation.genai.endpoints";
  public static final String DETECT_BY_PATH = "otel.instrumentation.genai.detect-by-path";
  public static final String MAX_CAPTURED_BODY_BYTES = "otel.instrumentation.genai.max-captured-body-bytes";
  public static final String SEMCONV_OPT_IN = "otel.semconv-stability.opt-in";
  public static final String REFUSAL_LEXICON_FILE = "otel.instrumentation.genai.refusal-lexicon-file";
  public static final String PRICES_FILE = "otel.instrumentation.genai.prices-file";
  public static final String RETRY_WINDOW_MILLIS = "otel.instrumentation.genai.retry-window-millis";
  public static final String MAX_ATTRIBUTE_VALUES = "otel.instrumentation.genai.max-attribute-values";
  public static final String CAPTURE_MESSAGE_CONTENT = "otel.instrumentation.genai.capture-message-content";
  public static final String CAPTURED_CONTENT_MAX_LENGTH = CAPTURE_MESSAGE_CONTENT + ".max-length";
  public static final String REDACT_PATTERN = CAPTURE_MESSAGE_CONTENT + ".redact-pattern";
  public static final String STREAM_IDLE_TIMEOUT_MILLIS = "otel.instrumentation.genai.stream-idle-timeout-millis";
  /** How long, at JVM exit, the agent waits for its final export before giving it up. */
  public static final String SHUTDOWN_TIMEOUT = "otel.instrumentation.genai.shutdown-timeout";

  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|)");
  static final int DEFAULT_MAX_CAPTURED_BODY_BYTES = 1 << 20;
  private static final int LARGEST_MAX_CAPTURED_BODY_BYTES = 64 << 20;

  public static GenAiSettings defaults() {
    return from(key -> null);
  }

  /** @param lookup returns the raw value of a key, or null when unset */
  public static GenAiSettings from(Function<String, String> lookup) {
    return new GenAiSettings(
        booleanValue(lookup, ENABLED, true),
        EndpointRule.parseList(ENDPOINTS, lookup.apply(ENDPOINTS)),
        booleanValue(lookup, DETECT_BY_PATH, true),
        intValue(lookup, MAX_CAPTURED_BODY_BYTES, DEFAULT_MAX_CAPTURED_BODY_BYTES, 0, LARGEST_MAX_CAPTURED_BODY_BYTES),
        !optsIntoLatestGenAi(lookup.apply(SEMCONV_OPT_IN)),
        lookup.apply(REFUSAL_LEXICON_FILE),
        lookup.apply(PRICES_FILE),
        intValue(lookup, RETRY_WINDOW_MILLIS, 10_000, 0, 3_600_000),
        intValue(lookup, MAX_ATTRIBUTE_VALUES, 100, 1, 10_000),
        intValue(lookup, STREAM_IDLE_TIMEOUT_MILLIS, 300_000, 100, 86_400_000),
        booleanValue(lookup, CAPTURE_MESSAGE_CONTENT, false),
        intValue(lookup, CAPTURED_CONTENT_MAX_LENGTH, 4096, 16, 1 << 20),
        patternValue(lookup, REDACT_PATTERN),
        durationMillis(lookup, SHUTDOWN_TIMEOUT, 1_000, 60_000));
  }

  /**
   * A duration the way OpenTelemetry writes one: a whole number with an optional unit
   * ({@code ms}, {@code s}, {@code m}); a bare number is milliseconds.
   */
  private static long durationMillis(Function<String, String> lookup, String key, long fallback, long max) {
    String raw = lookup.apply(key);
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

  private static boolean optsIntoLatestGenAi(String optIn) {
    if (optIn == null) {
      return false;
    }
    for (String token : optIn.split(",")) {
      if (token.trim().equalsIgnoreCase("gen_ai_latest_experimental")) {
        return true;
      }
    }
    return false;
  }

  private static Pattern patternValue(Function<String, String> lookup, String key) {
    String raw = lookup.apply(key);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Pattern.compile(raw);
    } catch (PatternSyntaxException e) {
      throw new ConfigException(key, "not a valid regular expression: " + e.getDescription());
    }
  }

  private static boolean booleanValue(Function<String, String> lookup, String key, boolean fallback) {
    String raw = lookup.apply(key);
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

  private static int intValue(Function<String, String> lookup, String key, int fallback, int min, int max) {
    String raw = lookup.apply(key);
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
}
