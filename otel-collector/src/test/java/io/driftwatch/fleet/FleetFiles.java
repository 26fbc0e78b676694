package io.driftwatch.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files under test: this module's folder (otel-collector/) and the signal schema beside it. */
final class FleetFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private FleetFiles() {}

  static Path dir() {
    return Path.of(System.getProperty("driftwatch.fleet.dir", "")).toAbsolutePath().normalize();
  }

  static Path path(String relative) {
    return dir().resolve(relative);
  }

  static Path signalsMarkdown() {
    String configured = System.getProperty("driftwatch.signals.md");
    return configured != null ? Path.of(configured) : dir().resolve("../docs/SIGNALS.md").normalize();
  }

  static JsonNode yaml(String relative) {
    return read(YAML, path(relative));
  }

  /** Every document of a multi-document YAML file (Kubernetes manifests). */
  static List<JsonNode> yamlDocuments(String relative) {
    try (var parser = YAML.getFactory().createParser(path(relative).toFile())) {
      List<JsonNode> documents = new ArrayList<>();
      YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Path file) {
    return read(JSON, file);
  }

  static JsonNode yaml(Path file) {
    return read(YAML, file);
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files directly in {@code folder} whose name ends with {@code suffix}, sorted. */
  static List<Path> list(String folder, String suffix) {
    try (Stream<Path> files = Files.list(path(folder))) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static JsonNode read(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
