package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.ConfigException;
import io.driftwatch.genai.config.GenAiSettings;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** otel.javaagent.configuration-file: the official agent's format and precedence, and errors that name the line. */
class ConfigFileTest {

  @TempDir
  Path directory;

  private Path write(String text) throws IOException {
    Path file = directory.resolve("driftwatch.properties");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsThePropertiesFormatAndRemembersEachKeysLine() throws IOException {
    Path path = write("""
        # a comment
        ! another
        otel.service.name = checkout
        otel.instrumentation.genai.endpoints: vllm=gpu-box:8000/v1,\\
            litellm.internal:4000

        OTEL.Instrumentation.GenAI.Detect-By-Path false
        """);

    ConfigFile file = ConfigFile.read(path);

    assertEquals(Map.of("otel.service.name", "checkout",
        "otel.instrumentation.genai.endpoints", "vllm=gpu-box:8000/v1,litellm.internal:4000",
        "otel.instrumentation.genai.detect.by.path", "false"), file.values());
    assertEquals("in " + path + " line 3", file.whereSet("otel.service.name"));
    assertEquals("in " + path + " line 4", file.whereSet("otel.instrumentation.genai.endpoints"));
    assertEquals("in " + path + " line 7", file.whereSet("otel.instrumentation.genai.detect-by-path"));
  }

  @Test
  void theFileSitsBetweenTheDefaultsAndSystemProperties() throws IOException {
    ConfigFile file = ConfigFile.read(write("""
        otel.logs.exporter=console
        otel.instrumentation.genai.retry-window-millis=777
        otel.instrumentation.genai.stream-idle-timeout-millis=5000
        """));
    String key = GenAiSettings.STREAM_IDLE_TIMEOUT_MILLIS;
    System.setProperty(key, "6000");
    try {
      ConfigProperties properties = SdkProperties.read(file);
      DriftwatchConfig config = DriftwatchConfig.from(properties, file);

      assertEquals("console", properties.getString("otel.logs.exporter"), "the file beats the defaults");
      assertEquals(777, config.genAi().retryWindowMillis());
      assertEquals(6000, config.genAi().streamIdleTimeoutMillis(), "a system property beats the file");
    } finally {
      System.clearProperty(key);
    }
  }

  @Test
  void aBadValueInTheFileNamesTheFileTheKeyAndTheLine() throws IOException {
    Path path = write("""
        otel.service.name=checkout
        # retries
        otel.instrumentation.genai.retry-window-millis=soon
        """);
    ConfigFile file = ConfigFile.read(path);

    ConfigException e = assertThrows(ConfigException.class,
        () -> DriftwatchConfig.from(SdkProperties.read(file), file));

    assertEquals(GenAiSettings.RETRY_WINDOW_MILLIS, e.key());
    assertTrue(e.getMessage().startsWith("invalid value for " + GenAiSettings.RETRY_WINDOW_MILLIS + " in " + path
        + " line 3: "), e.getMessage());
  }

  @Test
  void aBadValueFromASystemPropertyDoesNotBlameTheFile() throws IOException {
    ConfigFile file = ConfigFile.read(write("otel.instrumentation.genai.retry-window-millis=100\n"));
    System.setProperty(GenAiSettings.RETRY_WINDOW_MILLIS, "soon");
    try {
      ConfigException e = assertThrows(ConfigException.class,
          () -> DriftwatchConfig.from(SdkProperties.read(file), file));
      assertFalse(e.getMessage().contains(file.path().toString()), e.getMessage());
    } finally {
      System.clearProperty(GenAiSettings.RETRY_WINDOW_MILLIS);
    }
  }

  @Test
  void aMisspeltDriftwatchKeyNamesTheFileAndTheLine() throws IOException {
    Path path = write("""
        otel.exporter.otlp.endpoint=http://collector:4318
        otel.instrumentation.genai.capture-message-contents=true
        """);
    ConfigFile file = ConfigFile.read(path);

    ConfigException e = assertThrows(ConfigException.class,
        () -> DriftwatchConfig.from(SdkProperties.read(file), file));

    assertEquals("unknown key otel.instrumentation.genai.capture-message-contents in " + path + " line 2",
        e.getMessage());
  }

  @Test
  void everyKnownKeyIsAccepted() throws IOException {
    ConfigFile file = ConfigFile.read(write("""
        otel.instrumentation.genai.capture-message-content=true
        otel.instrumentation.genai.capture-message-content.max-length=100
        otel.instrumentation.genai.metadata.prompt-version=v7
        otel.instrumentation.genai.metadata.user-segment.header=x-segment
        otel.instrumentation.genai.metric-attributes=user.segment
        otel.instrumentation.driftwatch.okhttp.enabled=false
        """));

    DriftwatchConfig config = DriftwatchConfig.from(SdkProperties.read(file), file);

    assertTrue(config.genAi().captureMessageContent());
    assertFalse(config.clients().enabled("okhttp"));
  }

  @Test
  void aFileThatIsNotThereFailsNamingTheKeyAndThePath() {
    Path missing = directory.resolve("missing.properties");

    ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.locate(missing.toString(), null));

    assertEquals(ConfigFile.KEY, e.key());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void theSystemPropertyNamesTheFileBeforeTheEnvironmentVariable() throws IOException {
    Path path = write("otel.service.name=checkout\n");

    assertEquals(path, ConfigFile.locate(path.toString(), "/nowhere.properties").path());
    assertEquals(path, ConfigFile.locate(null, path.toString()).path());
    assertSame(ConfigFile.NONE, ConfigFile.locate(null, null));
    assertSame(ConfigFile.NONE, ConfigFile.locate(" ", ""));
  }

  @Test
  void anSdkMessageNamingAKeyOfTheFileGetsItsLine() throws IOException {
    Path path = write("otel.service.name=checkout\notel.exporter.otlp.endpoint=not a url\n");
    ConfigFile file = ConfigFile.read(path);

    assertEquals(" (otel.exporter.otlp.endpoint is set in " + path + " line 2)",
        file.mentionedIn("Invalid OTLP endpoint for otel.exporter.otlp.endpoint: not a url"));
    assertEquals("", file.mentionedIn("something else"));
  }
}
