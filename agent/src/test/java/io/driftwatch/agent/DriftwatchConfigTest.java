package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.util.FaultInjection;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one configuration, read from the SDK's ConfigProperties the way start-up reads it. */
class DriftwatchConfigTest {

  private static DriftwatchConfig read(Map<String, String> properties) {
    return DriftwatchConfig.from(DefaultConfigProperties.createFromMap(properties));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "number       | otel.instrumentation.genai.max-captured-body-bytes          | lots",
      "number       | otel.instrumentation.genai.retry-window-millis               | -1",
      "duration     | otel.instrumentation.genai.shutdown-timeout                  | soon",
      "boolean      | otel.instrumentation.genai.capture-message-content           | yes",
      "boolean      | otel.instrumentation.genai.enabled                           | off",
      "pattern      | otel.instrumentation.genai.capture-message-content.redact-pattern | ([a-z",
      "endpointList | otel.instrumentation.genai.endpoints                         | vllm=gpu-box:8000/v1,http://x y",
      "fieldList    | otel.instrumentation.genai.metric-attributes                 | user.segment,shoe.size",
      "protocol     | otel.exporter.otlp.metrics.protocol                          | http/json"})
  void aBadValueOfEachKindFailsAtStartUpNamingTheKey(String kind, String key, String value) {
    ConfigException e = assertThrows(ConfigException.class, () -> read(Map.of(key, value)));

    assertEquals(key, e.key(), kind);
    assertTrue(e.getMessage().startsWith("invalid value for " + key + ": "), e.getMessage());
  }

  @Test
  void theSdksSpellingOfAKeyReachesDriftwatchToo() {
    // ConfigProperties normalises keys: dashes and dots are the same, as in OTEL_* variable names
    DriftwatchConfig config = read(Map.of("otel.instrumentation.genai.max.captured.body.bytes", "2048"));

    assertEquals(2048, config.genAi().maxCapturedBodyBytes());
  }

  @Test
  void nothingSetGivesEveryDefault() {
    DriftwatchConfig config = read(Map.of());

    assertEquals(GenAiSettings.defaults(), config.genAi());
    assertEquals(MetadataSettings.from(key -> null), config.metadata());
    assertTrue(config.clients().enabled("okhttp"));
    assertEquals(Set.of(), config.faultPoints());
  }

  @Test
  void aDisabledAgentDoesNotCheckTheExporterItWillNeverStart() {
    DriftwatchConfig config = read(Map.of(GenAiSettings.ENABLED, "false", "otel.exporter.otlp.protocol", "http/json"));

    assertFalse(config.genAi().enabled());
  }

  @Test
  void onlyFalseTurnsAClientOff() {
    DriftwatchConfig config = read(Map.of(ClientSwitches.key("okhttp"), "FALSE", ClientSwitches.key("netty"), "true"));

    assertFalse(config.clients().enabled("okhttp"));
    assertTrue(config.clients().enabled("netty"));
    assertTrue(config.clients().enabled("jdk-httpclient"));
  }

  @Test
  void faultPointsAreReadWithTheRest() {
    DriftwatchConfig config = read(Map.of(FaultInjection.KEY, " analyzer , okhttp "));

    assertEquals(Set.of(FaultInjection.ANALYZER, FaultInjection.OKHTTP), config.faultPoints());
  }

  @Test
  void systemPropertiesReachTheConfigurationThroughTheSdksProperties() {
    String key = GenAiSettings.STREAM_IDLE_TIMEOUT_MILLIS;
    String before = System.getProperty(key);
    System.setProperty(key, "12345");
    try {
      ConfigProperties properties = SdkProperties.read();

      assertEquals(12345, DriftwatchConfig.from(properties).genAi().streamIdleTimeoutMillis());
      assertEquals("12345", properties.getString(key), "the SDK is handed the very same values");
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }

  @Test
  void theSdkDefaultsAreInTheSameProperties() {
    ConfigProperties properties = SdkProperties.read();

    SdkProperties.DEFAULTS.forEach((key, value) -> {
      if (System.getProperty(key) == null && System.getenv(key.toUpperCase().replace('.', '_')) == null) {
        assertEquals(value, properties.getString(key), key);
      }
    });
  }
}
