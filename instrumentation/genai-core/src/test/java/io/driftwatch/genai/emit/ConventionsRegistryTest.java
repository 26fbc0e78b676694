package io.driftwatch.genai.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.emit.Catalogue.Metric;
import io.driftwatch.genai.testing.ConventionsRegistry;
import io.opentelemetry.api.common.AttributeKey;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every GenAI, OpenAI and feature-flag name the {@link Catalogue} spells is in the checked-in copy of
 * the conventions registry, attributes with the registry's type and metrics with its unit. (What the
 * agent really emits in each {@code OTEL_SEMCONV_STABILITY_OPT_IN} mode, with instruments and
 * buckets, is checked by {@code SemconvModesPipelineTest}.)
 */
class ConventionsRegistryTest {

  private final ConventionsRegistry registry = ConventionsRegistry.load();

  @Test
  void everyCataloguedConventionAttributeIsInTheRegistryWithItsType() throws IllegalAccessException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Field field : Catalogue.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == AttributeKey.class) {
        AttributeKey<?> key = (AttributeKey<?>) field.get(null);
        if (!ConventionsRegistry.governs(key.getKey())) {
          continue;
        }
        checked++;
        ConventionsRegistry.Entry entry = registry.attribute(key.getKey());
        if (entry == null) {
          problems.add(field.getName() + ": " + key.getKey() + " is not in the registry");
        } else if (!entry.attributeTypes().contains(key.getType())) {
          problems.add(field.getName() + ": " + key.getKey() + " is " + key.getType() + ", the registry says "
              + entry.type());
        }
      }
    }
    assertTrue(checked > 40, "found only " + checked + " convention attributes in the catalogue");
    assertEquals(List.of(), problems);
  }

  @Test
  void everyCataloguedConventionMetricIsInTheRegistryWithItsUnit() {
    List<String> problems = new ArrayList<>();
    for (Metric metric : Catalogue.METRICS) {
      if (!ConventionsRegistry.governs(metric.name())) {
        continue;
      }
      ConventionsRegistry.Entry entry = registry.metric(metric.name());
      if (entry == null) {
        problems.add(metric.name() + " is not in the registry");
      } else if (!entry.unit().equals(metric.unit())) {
        problems.add(metric.name() + " has unit " + metric.unit() + ", the registry says " + entry.unit());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyCataloguedConventionEventIsInTheRegistry() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    for (Field field : Catalogue.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
          && field.getName().endsWith("_EVENT")) {
        String name = (String) field.get(null);
        if (ConventionsRegistry.governs(name) && registry.event(name) == null) {
          missing.add(name);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theBucketAdviceIsTheRegistrys() {
    assertEquals(registry.metric("gen_ai.client.inference.duration").buckets(), Catalogue.DURATION_BUCKETS);
    assertEquals(registry.metric("gen_ai.client.inference.time_per_output_chunk").buckets(),
        Catalogue.CHUNK_INTERVAL_BUCKETS);
    assertEquals(registry.metric("gen_ai.client.inference.operation.input_tokens").buckets(),
        Catalogue.TOKEN_BUCKETS.stream().map(Long::doubleValue).toList());
  }
}
