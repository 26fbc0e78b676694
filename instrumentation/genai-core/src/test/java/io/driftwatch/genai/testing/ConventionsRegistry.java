package io.driftwatch.genai.testing;

import io.opentelemetry.api.common.AttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checked-in copy of the GenAI conventions registry (src/test/resources/semconv, with the commits
 * it was read from): attribute types, metric instruments, units and buckets, event names.
 */
public final class ConventionsRegistry {

  /** One row of the registry copy. */
  public record Entry(String kind, String name, String type, String unit, List<Double> buckets, String status) {

    /** In the newest conventions (not a pre-rename or deprecated name). */
    public boolean current() {
      return "current".equals(status);
    }

    /** The SDK attribute types this registry type admits: {@code any} is set as a JSON string on spans. */
    public List<AttributeType> attributeTypes() {
      return switch (type) {
        case "string" -> List.of(AttributeType.STRING);
        case "int" -> List.of(AttributeType.LONG);
        case "double" -> List.of(AttributeType.DOUBLE);
        case "boolean" -> List.of(AttributeType.BOOLEAN);
        case "string[]" -> List.of(AttributeType.STRING_ARRAY);
        case "any" -> List.of(AttributeType.STRING);
        default -> throw new IllegalStateException("unknown registry type " + type + " of " + name);
      };
    }
  }

  private static final String RESOURCE = "/semconv/genai-registry.tsv";

  private final Map<String, Entry> attributes = new TreeMap<>();
  private final Map<String, Entry> metrics = new TreeMap<>();
  private final Map<String, Entry> events = new TreeMap<>();

  private ConventionsRegistry() {}

  public static ConventionsRegistry load() {
    ConventionsRegistry registry = new ConventionsRegistry();
    try (InputStream in = ConventionsRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 7) {
          throw new IllegalStateException("registry row without 7 columns: " + line);
        }
        Entry entry = new Entry(cells[0], cells[1], cells[2], cells[3], buckets(cells[4]), cells[5]);
        (switch (entry.kind()) {
          case "attribute" -> registry.attributes;
          case "metric" -> registry.metrics;
          case "event" -> registry.events;
          default -> throw new IllegalStateException("unknown kind in " + line);
        }).put(entry.name(), entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return registry;
  }

  private static List<Double> buckets(String cell) {
    if (cell.equals("-")) {
      return List.of();
    }
    return new ArrayList<>(Arrays.stream(cell.split(",")).map(Double::valueOf).toList());
  }

  public Entry attribute(String name) {
    return attributes.get(name);
  }

  public Entry metric(String name) {
    return metrics.get(name);
  }

  public Entry event(String name) {
    return events.get(name);
  }

  public Map<String, Entry> metrics() {
    return metrics;
  }

  /** A name in one of the namespaces the registry copy covers, so one it must know. */
  public static boolean governs(String name) {
    return name.startsWith("gen_ai.") || name.startsWith("openai.") || name.startsWith("feature_flag.");
  }
}
