package io.driftwatch.genai.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The product's settings: defaults, each key, and bad values that name their key. */
class GenAiSettingsTest {

  private static final String ENABLED = "otel.instrumentation.genai.enabled";
  private static final String ENDPOINTS = "otel.instrumentation.genai.endpoints";
  private static final String DETECT_BY_PATH = "otel.instrumentation.genai.detect-by-path";
  private static final String MAX_BODY = "otel.instrumentation.genai.max-captured-body-bytes";
  private static final String OPT_IN = "otel.semconv-stability.opt-in";

  private static GenAiSettings settings(String key, String value) {
    return GenAiSettings.from(Map.of(key, value)::get);
  }

  private static ConfigException rejected(String key, String value) {
    return assertThrows(ConfigException.class, () -> settings(key, value));
  }

  @Test
  void keysAreSpelledTheOpenTelemetryWay() {
    assertEquals(ENABLED, GenAiSettings.ENABLED);
    assertEquals(ENDPOINTS, GenAiSettings.ENDPOINTS);
    assertEquals(DETECT_BY_PATH, GenAiSettings.DETECT_BY_PATH);
    assertEquals(MAX_BODY, GenAiSettings.MAX_CAPTURED_BODY_BYTES);
    assertEquals(OPT_IN, GenAiSettings.SEMCONV_OPT_IN);
  }

  @Test
  void defaultsAreEnabledPathDetectionOneMebibyteAndLegacyAttributeOn() {
    GenAiSettings defaults = GenAiSettings.defaults();

    assertTrue(defaults.enabled());
    assertEquals(List.of(), defaults.extraEndpoints());
    assertTrue(defaults.detectByPath());
    assertEquals(1024 * 1024, defaults.maxCapturedBodyBytes());
    assertTrue(defaults.emitLegacySystemAttribute());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankValuesMeanTheDefault(String blank) {
    GenAiSettings settings = GenAiSettings.from(key -> blank);
    GenAiSettings defaults = GenAiSettings.defaults();

    assertEquals(defaults.enabled(), settings.enabled());
    assertEquals(defaults.extraEndpoints(), settings.extraEndpoints());
    assertEquals(defaults.detectByPath(), settings.detectByPath());
    assertEquals(defaults.maxCapturedBodyBytes(), settings.maxCapturedBodyBytes());
    assertEquals(defaults.emitLegacySystemAttribute(), settings.emitLegacySystemAttribute());
    assertEquals(defaults.retryWindowMillis(), settings.retryWindowMillis());
    assertEquals(defaults.maxAttributeValues(), settings.maxAttributeValues());
    assertEquals(defaults.streamIdleTimeoutMillis(), settings.streamIdleTimeoutMillis());
  }

  @ParameterizedTest
  @CsvSource({
      "otel.instrumentation.genai.retry-window-millis, -1",
      "otel.instrumentation.genai.retry-window-millis, soon",
      "otel.instrumentation.genai.max-attribute-values, 0",
      "otel.instrumentation.genai.stream-idle-timeout-millis, 99",
      "otel.instrumentation.genai.stream-idle-timeout-millis, forever"})
  void otherWholeNumberKeysRejectBadValuesNamingTheKey(String key, String raw) {
    ConfigException e = rejected(key, raw);

    assertTrue(e.getMessage().contains(key), e.getMessage());
    assertEquals(key, e.key());
  }

  @ParameterizedTest
  @CsvSource({"false, false", "FALSE, false", "' False ', false", "true, true", "True, true"})
  void enabledIsReadAsABooleanIgnoringCaseAndSpaces(String raw, boolean expected) {
    assertEquals(expected, settings(ENABLED, raw).enabled());
  }

  @Test
  void detectByPathFalseTurnsPathDetectionOff() {
    assertFalse(settings(DETECT_BY_PATH, "false").detectByPath());
  }

  @ParameterizedTest
  @CsvSource({"4096, 4096", "' 65536 ', 65536", "0, 0", "67108864, 67108864"})
  void maxCapturedBodyBytesIsReadFromZeroToSixtyFourMebibytes(String raw, int expected) {
    assertEquals(expected, settings(MAX_BODY, raw).maxCapturedBodyBytes());
  }

  @Test
  void endpointsAreReadAsACommaSeparatedListOfRules() {
    GenAiSettings settings = settings(ENDPOINTS, " vllm=gpu-box:8000/v1 , litellm.internal:4000,");

    assertEquals(List.of(new EndpointRule("vllm", "gpu-box", 8000, "/v1"),
        new EndpointRule("openai", "litellm.internal", 4000, "")), settings.extraEndpoints());
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "yes", "1", "on", "truee"})
  void enabledThatIsNotABooleanIsRejectedNamingTheKey(String raw) {
    ConfigException e = rejected(ENABLED, raw);

    assertTrue(e.getMessage().contains(ENABLED), e.getMessage());
    assertTrue(e.getMessage().contains(raw), "the message quotes the bad value: " + e.getMessage());
    assertEquals(ENABLED, e.key());
  }

  @Test
  void detectByPathThatIsNotABooleanIsRejectedNamingTheKey() {
    ConfigException e = rejected(DETECT_BY_PATH, "sometimes");

    assertTrue(e.getMessage().contains(DETECT_BY_PATH), e.getMessage());
    assertEquals(DETECT_BY_PATH, e.key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "lots", "1.5", "1e6", "67108865", "99999999999", "1MB"})
  void maxCapturedBodyBytesOutOfRangeOrNotANumberIsRejectedNamingTheKey(String raw) {
    ConfigException e = rejected(MAX_BODY, raw);

    assertTrue(e.getMessage().contains(MAX_BODY), e.getMessage());
    assertEquals(MAX_BODY, e.key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://x y", "https://api.example.com/v1", "gpu box:8000", "*", "vllm=*", "host:0",
      "host:65536", "Vllm=host", "=host"})
  void endpointsThatAreNotRulesAreRejectedNamingTheKey(String raw) {
    ConfigException e = rejected(ENDPOINTS, raw);

    assertTrue(e.getMessage().contains(ENDPOINTS), e.getMessage());
    assertEquals(ENDPOINTS, e.key());
  }

  @Test
  void oneBadEndpointRejectsTheWholeList() {
    assertThrows(ConfigException.class, () -> settings(ENDPOINTS, "vllm=gpu-box:8000/v1,http://x y"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gen_ai_latest_experimental", "http,gen_ai_latest_experimental",
      "database , gen_ai_latest_experimental , http"})
  void optingIntoLatestGenAiConventionsTurnsTheLegacySystemAttributeOff(String optIn) {
    assertFalse(settings(OPT_IN, optIn).emitLegacySystemAttribute());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "http/dup,database", "gen_ai", "gen_ai_latest_experimental_v2"})
  void otherOptInsKeepTheLegacySystemAttribute(String optIn) {
    assertTrue(settings(OPT_IN, optIn).emitLegacySystemAttribute());
  }

  @ParameterizedTest
  @CsvSource({"'',1000", "250,250", "250ms,250", "2s,2000", "1m,60000", "0,0", " 3 s ,3000"})
  void shutdownTimeoutIsADurationInMillisecondsByDefault(String raw, long millis) {
    assertEquals(millis, settings(GenAiSettings.SHUTDOWN_TIMEOUT, raw).shutdownTimeoutMillis());
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-1", "1.5s", "2h", "61s", "99999999999999"})
  void badShutdownTimeoutNamesTheKey(String raw) {
    assertTrue(rejected("otel.instrumentation.genai.shutdown-timeout", raw).getMessage()
        .contains("otel.instrumentation.genai.shutdown-timeout"));
  }

  @Test
  void shutdownTimeoutDefaultsToOneSecond() {
    assertEquals(1_000, GenAiSettings.defaults().shutdownTimeoutMillis());
  }
}
