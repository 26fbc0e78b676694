package io.driftwatch.genai.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.emit.Catalogue.Metric;
import io.driftwatch.genai.providers.stream.ChunkTimings;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@link Catalogue} and docs/SIGNALS.md name the same metrics, with the same units and extra
 * attributes, and the span attributes the document types are catalogued with that type. (The
 * integration test {@code SignalSchemaConsistencyTest} checks the document against what a running
 * agent really exports; this checks it against the code, without an agent.)
 */
class CatalogueDocumentedTest {

  private static final Path SIGNALS = Path.of("..", "..", "docs", "SIGNALS.md");
  private static final Pattern METRIC_ROW = Pattern.compile("^\\| `((?:gen_ai|driftwatch|db|mcp)\\.[a-z_.]+)` \\| `[a-z_]+` \\|.*$",
      Pattern.MULTILINE);
  private static final Pattern SPAN_ATTRIBUTE_ROW = Pattern.compile("^\\| (`[a-z_.]+`(?:, `[a-z_.]+`)*) \\| ([a-z\\[\\]]+) \\|",
      Pattern.MULTILINE);
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  private static final Map<String, AttributeType> DOCUMENTED_TYPES = Map.of("string", AttributeType.STRING,
      "int", AttributeType.LONG, "double", AttributeType.DOUBLE, "boolean", AttributeType.BOOLEAN,
      "string[]", AttributeType.STRING_ARRAY);

  @Test
  void everyCataloguedMetricIsDocumentedWithItsUnitAndAttributesAndNoOtherIs() throws IOException {
    Map<String, String> documented = new TreeMap<>();
    Matcher row = METRIC_ROW.matcher(Files.readString(SIGNALS));
    while (row.find()) {
      String[] cells = row.group().split("\\|", -1);
      documented.put(row.group(1), "unit " + cells[3].split(",")[1].trim() + ", extra " + keysIn(cells[4]));
    }
    assertTrue(documented.size() > 20, "could not read the metric tables of docs/SIGNALS.md: " + documented);
    Map<String, String> catalogued = new TreeMap<>();
    for (Metric metric : Catalogue.METRICS) {
      catalogued.put(metric.name(), "unit " + metric.unit() + ", extra "
          + metric.extraAttributes().stream().map(AttributeKey::getKey).collect(Collectors.toCollection(TreeSet::new)));
    }
    assertEquals(documented, catalogued);
  }

  @Test
  void everyDocumentedSpanAttributeIsCataloguedWithItsDocumentedType() throws IOException {
    String signals = Files.readString(SIGNALS);
    String spanSection = signals.substring(signals.indexOf("## Span attributes"));
    Map<String, Set<AttributeType>> catalogued = cataloguedKeyTypes();
    List<String> problems = new ArrayList<>();
    Matcher row = SPAN_ATTRIBUTE_ROW.matcher(spanSection);
    int rows = 0;
    while (row.find()) {
      AttributeType type = DOCUMENTED_TYPES.get(row.group(2));
      for (String key : keysIn(row.group(1))) {
        rows++;
        if (type == null || !catalogued.getOrDefault(key, Set.of()).contains(type)) {
          problems.add(key + " is documented as " + row.group(2) + ", catalogued as " + catalogued.get(key));
        }
      }
    }
    assertTrue(rows > 15, "could not read the span attribute table of docs/SIGNALS.md");
    assertEquals(List.of(), problems);
  }

  @Test
  void everyCataloguedDriftwatchAttributeIsDocumented() throws IOException {
    Set<String> documented = keysIn(Files.readString(SIGNALS));
    Set<String> undocumented = cataloguedKeyTypes().keySet().stream()
        .filter(key -> key.startsWith("driftwatch.") && !documented.contains(key))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), undocumented);
  }

  @Test
  void chunkIntervalHistogramHasTheBucketsTheStreamFoldsInto() {
    assertEquals(ChunkTimings.BUCKETS, Catalogue.CHUNK_INTERVAL_BUCKETS);
  }

  private static Set<String> keysIn(String text) {
    Set<String> keys = new TreeSet<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      if (ATTRIBUTE_KEY.matcher(code.group(1)).matches()) {
        keys.add(code.group(1));
      }
    }
    return keys;
  }

  /** Each catalogued attribute key with the types it is catalogued as (one per signal). */
  private static Map<String, Set<AttributeType>> cataloguedKeyTypes() {
    Map<String, Set<AttributeType>> types = new TreeMap<>();
    for (Field field : Catalogue.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == AttributeKey.class) {
        try {
          AttributeKey<?> key = (AttributeKey<?>) field.get(null);
          types.computeIfAbsent(key.getKey(), k -> new TreeSet<>()).add(key.getType());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return types;
  }
}
