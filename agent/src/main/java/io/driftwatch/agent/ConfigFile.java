package io.driftwatch.agent;

import io.driftwatch.genai.config.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The properties file named by {@code otel.javaagent.configuration-file}, as the official agent
 * reads it: its values sit below system properties and environment variables and above the
 * defaults. Each key remembers its line, so a bad key or value names the file and the line.
 *
 * @param path the file, or null when none is configured
 * @param values each key (normalised as the SDK does) to its value
 * @param lines each key (normalised) to the line it starts on, 1-based
 * @param spellings each key (normalised) as the file writes it
 */
record ConfigFile(Path path, Map<String, String> values, Map<String, Integer> lines, Map<String, String> spellings) {

  /** The official agent's key; a system property or environment variable, never in the file itself. */
  static final String KEY = "otel.javaagent.configuration-file";
  static final String ENVIRONMENT_VARIABLE = "OTEL_JAVAAGENT_CONFIGURATION_FILE";
  static final ConfigFile NONE = new ConfigFile(null, Map.of(), Map.of(), Map.of());
  /** A configuration file larger than this is a mistake (a log, a binary), not read. */
  static final long LARGEST_BYTES = 1 << 20;

  ConfigFile {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    lines = Map.copyOf(lines);
    spellings = Map.copyOf(spellings);
  }

  /** The file the system property, else the environment variable, names; {@link #NONE} when neither is set. */
  static ConfigFile locate(String systemProperty, String environmentVariable) {
    String name = systemProperty != null && !systemProperty.isBlank() ? systemProperty : environmentVariable;
    if (name == null || name.isBlank()) {
      return NONE;
    }
    return read(Path.of(name.trim()));
  }

  static ConfigFile read(Path path) {
    try {
      if (!Files.isRegularFile(path)) {
        throw new ConfigException(KEY, path + " is not a readable file");
      }
      if (Files.size(path) > LARGEST_BYTES) {
        throw new ConfigException(KEY, path + " is larger than " + LARGEST_BYTES + " bytes");
      }
      Map<String, String> values = new LinkedHashMap<>();
      Map<String, Integer> lines = new LinkedHashMap<>();
      Map<String, String> spellings = new LinkedHashMap<>();
      try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        StringBuilder logical = new StringBuilder();
        int start = 0;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          number++;
          if (logical.length() == 0) {
            String content = line.stripLeading();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("!")) {
              continue;
            }
            start = number;
          }
          logical.append(line).append('\n');
          if (!continues(line)) {
            addEntry(logical.toString(), start, values, lines, spellings);
            logical.setLength(0);
          }
        }
        if (logical.length() > 0) {
          addEntry(logical.toString(), start, values, lines, spellings);
        }
      }
      return new ConfigFile(path, values, lines, spellings);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(KEY, "cannot read " + path + ": " + e.getMessage());
    }
  }

  /** The SDK's spelling of a property key: dashes and dots are the same, case does not matter. */
  static String normalise(String key) {
    return key.toLowerCase(Locale.ROOT).replace('-', '.');
  }

  /** "in FILE line N" for a key this file sets, else null. */
  String whereSet(String key) {
    Integer line = lines.get(normalise(key));
    return line == null ? null : "in " + path + " line " + line;
  }

  /** The key as the file writes it. */
  String spelling(String normalisedKey) {
    return spellings.getOrDefault(normalisedKey, normalisedKey);
  }

  /** For a message of the SDK's own: "(KEY is set in FILE line N)" for the first key of this file it names, else "". */
  String mentionedIn(String message) {
    for (Map.Entry<String, Integer> entry : lines.entrySet()) {
      if (message != null && message.contains(entry.getKey())) {
        return " (" + entry.getKey() + " is set in " + path + " line " + entry.getValue() + ")";
      }
    }
    return "";
  }

  /** One logical line goes through {@link Properties} itself, so escapes and separators mean what they mean there. */
  private static void addEntry(String logicalLine, int line, Map<String, String> values, Map<String, Integer> lines,
      Map<String, String> spellings) throws IOException {
    Properties entry = new Properties();
    entry.load(new StringReader(logicalLine));
    for (String key : entry.stringPropertyNames()) {
      values.put(normalise(key), entry.getProperty(key));
      lines.put(normalise(key), line);
      spellings.put(normalise(key), key);
    }
  }

  /** An odd number of trailing backslashes continues the line. */
  private static boolean continues(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
