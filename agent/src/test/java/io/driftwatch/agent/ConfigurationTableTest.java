package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.PreStartFlags;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.config.UpstreamSettings;
import io.driftwatch.genai.context.MetadataField;
import io.driftwatch.genai.context.MetadataSettings;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table against the key constants: every key is documented, and the
 * defaults written there, read as configuration, are the defaults the code uses.
 */
class ConfigurationTableTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  /** Written in README as "none", "empty" or "unset": the key has no value. */
  private static final List<String> NO_VALUE = List.of("none", "empty", "unset");

  private static String table;
  private static final Map<String, String> documentedDefaults = new HashMap<>();

  @BeforeAll
  static void readTable() throws IOException {
    StringBuilder rows = new StringBuilder();
    for (String line : Files.readAllLines(README)) {
      if (!line.startsWith("| `") && !line.startsWith("| `-D")) {
        continue;
      }
      rows.append(line).append('\n');
      String[] cells = line.split("\\|");
      List<String> keys = codeIn(cells[1]);
      List<String> defaults = codeIn(cells[2]);
      if (keys.size() == 1 && defaults.size() == 1) {
        documentedDefaults.put(keys.get(0), defaults.get(0));
      }
    }
    table = rows.toString();
  }

  @Test
  void everyGenAiKeyIsDocumented() throws IllegalAccessException {
    for (String key : keyConstants(GenAiSettings.class)) {
      assertDocumented(key);
    }
  }

  @Test
  void theDocumentedDefaultsAreTheCodesDefaults() {
    GenAiSettings documented = GenAiSettings.from(key -> {
      String value = documentedDefaults.get(key);
      return value == null || NO_VALUE.contains(value) ? null : value;
    });

    assertEquals(GenAiSettings.defaults(), documented);
  }

  @Test
  void everyRetrievalAndMcpKeyIsDocumentedWithTheCodesDefault() {
    for (String key : List.of(UpstreamSettings.RETRIEVAL_ENABLED, UpstreamSettings.VECTOR_STORE_ENDPOINTS,
        UpstreamSettings.MCP_ENABLED, UpstreamSettings.MCP_ENDPOINTS)) {
      assertDocumented(key);
    }
    UpstreamSettings documented = UpstreamSettings.from(key -> {
      String value = documentedDefaults.get(key);
      return value == null || NO_VALUE.contains(value) ? null : value;
    });
    assertEquals(UpstreamSettings.defaults(), documented);
  }

  @Test
  void everyMetadataKeyIsDocumented() {
    assertDocumented(MetadataSettings.FEATURE_FLAG_KEYS);
    assertDocumented(MetadataSettings.METRIC_ATTRIBUTES);
    for (MetadataField field : MetadataField.values()) {
      String key = MetadataSettings.PREFIX + field.settingName();
      assertTrue(table.contains("`" + key + "`") || table.contains("`." + field.settingName() + "`"), key);
    }
  }

  @Test
  void theClientSwitchAndTheExporterProtocolAreDocumented() {
    assertDocumented(ClientSwitches.key("jdk-httpclient"));
    assertDocumented(ExporterProtocolCheck.KEYS.get(0));
    assertDocumented(ConfigFile.KEY);
  }

  @Test
  void thePreStartFlagsAreDocumentedAsSystemProperties() {
    assertTrue(table.contains("`-D" + PreStartFlags.DEBUG + "=true`"), PreStartFlags.DEBUG);
    assertTrue(table.contains("`-D" + PreStartFlags.BOOTSTRAP_APPEND + "=true`"), PreStartFlags.BOOTSTRAP_APPEND);
  }

  private static void assertDocumented(String key) {
    String environment = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    assertTrue(table.contains("`" + key + "`") || table.contains("`" + environment + "`"),
        key + " is not in README's configuration table");
  }

  private static List<String> keyConstants(Class<?> type) throws IllegalAccessException {
    List<String> keys = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        keys.add((String) field.get(null));
      }
    }
    assertTrue(keys.size() > 10, "key constants of " + type);
    return keys;
  }

  private static List<String> codeIn(String cell) {
    List<String> values = new ArrayList<>();
    Matcher code = CODE.matcher(cell);
    while (code.find()) {
      values.add(code.group(1));
    }
    if (values.isEmpty()) {
      values.add(cell.trim());
    }
    return values;
  }
}
