package io.driftwatch.genai.config;

import static io.driftwatch.genai.config.SettingValues.booleanValue;
import static io.driftwatch.genai.config.SettingValues.durationMillis;
import static io.driftwatch.genai.config.SettingValues.intValue;
import static io.driftwatch.genai.config.SettingValues.patternValue;
import static io.driftwatch.genai.config.SettingValues.stringValue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The product's own settings, read once at start-up from the agent's one {@link ConfigSource}.
 * Keys follow the OpenTelemetry naming so one system property ({@code otel.instrumentation.genai.*})
 * or environment variable ({@code OTEL_INSTRUMENTATION_GENAI_*}) sets each. Each key and each
 * default is one constant here; README's configuration table lists them (checked by a test).
 */
public record GenAiSettings(
    boolean enabled,
    List<EndpointRule> extraEndpoints,
    boolean detectByPath,
    int maxCapturedBodyBytes,
    SemconvStability semconvStability,
    String refusalLexiconFile,
    String pricesFile,
    int retryWindowMillis,
    int maxAttributeValues,
    int streamIdleTimeoutMillis,
    boolean captureMessageContent,
    int capturedContentMaxLength,
    Pattern extraRedactPattern,
    long shutdownTimeoutMillis,
    boolean spanEvents,
    boolean operationDetailsEvents,
    ReplaySettings replay) {

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
  /** Events are log records (OTEL_LOGS_EXPORTER); this keeps the span events of the same names too. */
  public static final String SPAN_EVENTS = "otel.instrumentation.genai.span-events";
  /** Opt-in: one {@code gen_ai.client.inference.operation.details} log record per call. */
  public static final String OPERATION_DETAILS_EVENTS = "otel.instrumentation.genai.operation-details-events";
  /** The folder the replay set is kept in; unset keeps none. */
  public static final String REPLAY_DIR = "otel.instrumentation.genai.replay.dir";
  public static final String REPLAY_MAX_BYTES = "otel.instrumentation.genai.replay.max-bytes";
  public static final String REPLAY_PER_KEY = "otel.instrumentation.genai.replay.per-key";
  public static final String REPLAY_SAMPLE_EVERY = "otel.instrumentation.genai.replay.sample-every";

  public static final boolean DEFAULT_ENABLED = true;
  public static final boolean DEFAULT_DETECT_BY_PATH = true;
  public static final int DEFAULT_MAX_CAPTURED_BODY_BYTES = 1 << 20;
  private static final int LARGEST_MAX_CAPTURED_BODY_BYTES = 64 << 20;
  public static final int DEFAULT_RETRY_WINDOW_MILLIS = 10_000;
  public static final int DEFAULT_MAX_ATTRIBUTE_VALUES = 100;
  public static final int DEFAULT_STREAM_IDLE_TIMEOUT_MILLIS = 300_000;
  public static final boolean DEFAULT_CAPTURE_MESSAGE_CONTENT = false;
  public static final int DEFAULT_CAPTURED_CONTENT_MAX_LENGTH = 4096;
  public static final long DEFAULT_SHUTDOWN_TIMEOUT_MILLIS = 1_000;
  public static final boolean DEFAULT_SPAN_EVENTS = true;
  public static final boolean DEFAULT_OPERATION_DETAILS_EVENTS = false;
  private static final long LONGEST_SHUTDOWN_TIMEOUT_MILLIS = 60_000;
  public static final int DEFAULT_REPLAY_MAX_BYTES = 64 << 20;
  public static final int DEFAULT_REPLAY_PER_KEY = 200;
  public static final int DEFAULT_REPLAY_SAMPLE_EVERY = 10;

  public static GenAiSettings defaults() {
    return from(key -> null);
  }

  /** Reads every key once; a bad value throws a {@link ConfigException} naming its key. */
  public static GenAiSettings from(ConfigSource source) {
    return new GenAiSettings(
        booleanValue(source, ENABLED, DEFAULT_ENABLED),
        EndpointRule.parseList(ENDPOINTS, source.get(ENDPOINTS)),
        booleanValue(source, DETECT_BY_PATH, DEFAULT_DETECT_BY_PATH),
        intValue(source, MAX_CAPTURED_BODY_BYTES, DEFAULT_MAX_CAPTURED_BODY_BYTES, 0, LARGEST_MAX_CAPTURED_BODY_BYTES),
        SemconvStability.fromOptIn(source.get(SEMCONV_OPT_IN)),
        source.get(REFUSAL_LEXICON_FILE),
        source.get(PRICES_FILE),
        intValue(source, RETRY_WINDOW_MILLIS, DEFAULT_RETRY_WINDOW_MILLIS, 0, 3_600_000),
        intValue(source, MAX_ATTRIBUTE_VALUES, DEFAULT_MAX_ATTRIBUTE_VALUES, 1, 10_000),
        intValue(source, STREAM_IDLE_TIMEOUT_MILLIS, DEFAULT_STREAM_IDLE_TIMEOUT_MILLIS, 100, 86_400_000),
        booleanValue(source, CAPTURE_MESSAGE_CONTENT, DEFAULT_CAPTURE_MESSAGE_CONTENT),
        intValue(source, CAPTURED_CONTENT_MAX_LENGTH, DEFAULT_CAPTURED_CONTENT_MAX_LENGTH, 16, 1 << 20),
        patternValue(source, REDACT_PATTERN),
        durationMillis(source, SHUTDOWN_TIMEOUT, DEFAULT_SHUTDOWN_TIMEOUT_MILLIS, LONGEST_SHUTDOWN_TIMEOUT_MILLIS),
        booleanValue(source, SPAN_EVENTS, DEFAULT_SPAN_EVENTS),
        booleanValue(source, OPERATION_DETAILS_EVENTS, DEFAULT_OPERATION_DETAILS_EVENTS),
        new ReplaySettings(stringValue(source, REPLAY_DIR, null),
            intValue(source, REPLAY_MAX_BYTES, DEFAULT_REPLAY_MAX_BYTES, 64 << 10, Integer.MAX_VALUE),
            intValue(source, REPLAY_PER_KEY, DEFAULT_REPLAY_PER_KEY, 2, 100_000),
            intValue(source, REPLAY_SAMPLE_EVERY, DEFAULT_REPLAY_SAMPLE_EVERY, 1, 1_000_000)));
  }

  /** Spans and metrics also carry the pre-1.37 {@code gen_ai.system}: unless only the latest names are asked for. */
  public boolean emitLegacySystemAttribute() {
    return semconvStability.emitsLegacy();
  }
}
