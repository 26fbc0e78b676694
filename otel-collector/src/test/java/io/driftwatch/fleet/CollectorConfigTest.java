package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The collector configurations hang together: pipelines, components and sampling policies. */
class CollectorConfigTest {
  private static final List<String> KINDS = List.of("receivers", "processors", "exporters", "connectors");

  @ParameterizedTest
  @ValueSource(strings = {"collector.yaml", "gateway/loadbalancer.yaml"})
  void everyPipelineUsesOnlyDefinedComponents(String file) {
    JsonNode config = FleetFiles.yaml(file);
    List<String> undefined = new ArrayList<>();
    config.path("service").path("pipelines").fields().forEachRemaining(pipeline -> {
      assertFalse(pipeline.getValue().path("receivers").isEmpty(), pipeline.getKey() + " has no receiver");
      assertFalse(pipeline.getValue().path("exporters").isEmpty(), pipeline.getKey() + " has no exporter");
      for (String kind : List.of("receivers", "processors", "exporters")) {
        for (String id : FleetFiles.texts(pipeline.getValue().path(kind))) {
          if (!config.path(kind).has(id) && !config.path("connectors").has(id)) {
            undefined.add(pipeline.getKey() + " " + kind + " " + id);
          }
        }
      }
    });
    for (String id : FleetFiles.texts(config.path("service").path("extensions"))) {
      if (!config.path("extensions").has(id)) {
        undefined.add("service extension " + id);
      }
    }
    assertEquals(List.of(), undefined, file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"collector.yaml", "gateway/loadbalancer.yaml"})
  void everyDefinedComponentIsUsed(String file) {
    JsonNode config = FleetFiles.yaml(file);
    Set<String> used = new TreeSet<>();
    config.path("service").path("pipelines").forEach(pipeline -> {
      for (String kind : List.of("receivers", "processors", "exporters")) {
        FleetFiles.texts(pipeline.path(kind)).forEach(id -> used.add(kind + "/" + id));
      }
    });
    FleetFiles.texts(config.path("service").path("extensions")).forEach(id -> used.add("extensions/" + id));
    List<String> unused = new ArrayList<>();
    for (String kind : KINDS) {
      config.path(kind).fieldNames().forEachRemaining(id -> {
        if (!used.contains(kind + "/" + id)) {
          unused.add(kind + "/" + id);
        }
      });
    }
    config.path("extensions").fieldNames().forEachRemaining(id -> {
      if (!used.contains("extensions/" + id)) {
        unused.add("extensions/" + id);
      }
    });
    assertEquals(List.of(), unused, file + ": defined but in no pipeline");
  }

  @Test
  void tailSamplingKeepsEveryTraceWorthReadingAndSamplesTheRest() {
    JsonNode policies = FleetFiles.yaml("collector.yaml").path("processors").path("tail_sampling").path("policies");
    assertHasPolicy(policies, "status_code ERROR",
        p -> is(p, "status_code") && FleetFiles.texts(p.path("status_code").path("status_codes")).contains("ERROR"));
    assertHasPolicy(policies, "any error.type",
        p -> is(p, "string_attribute") && p.path("string_attribute").path("key").asText().equals("error.type"));
    assertHasPolicy(policies, "driftwatch.refusal = true", p -> booleanAttribute(p, "driftwatch.refusal", true));
    assertHasPolicy(policies, "driftwatch.format.compliant = false",
        p -> booleanAttribute(p, "driftwatch.format.compliant", false));
    assertHasPolicy(policies, "latency over a threshold",
        p -> is(p, "latency") && p.path("latency").path("threshold_ms").asLong() > 0);
    assertHasPolicy(policies, "a probabilistic share of the rest", p -> is(p, "probabilistic")
        && p.path("probabilistic").path("sampling_percentage").asDouble() > 0
        && p.path("probabilistic").path("sampling_percentage").asDouble() < 100);
  }

  @Test
  void tracesAreSampledBeforeBatchingAndMemoryIsLimitedFirst() {
    JsonNode pipelines = FleetFiles.yaml("collector.yaml").path("service").path("pipelines");
    List<String> traces = FleetFiles.texts(pipelines.path("traces").path("processors"));
    assertEquals("memory_limiter", traces.get(0));
    assertTrue(traces.indexOf("tail_sampling") >= 0 && traces.indexOf("tail_sampling") < traces.indexOf("batch"),
        "tail_sampling must run before batch: " + traces);
    List<String> metrics = FleetFiles.texts(pipelines.path("metrics").path("processors"));
    assertEquals("memory_limiter", metrics.get(0));
    assertFalse(metrics.contains("tail_sampling"));
    assertTrue(FleetFiles.texts(pipelines.path("metrics").path("exporters")).contains("prometheus"));
  }

  @Test
  void gatewayRoutesWholeTracesAndWholeAgentsToTheSamplerService() {
    JsonNode gateway = FleetFiles.yaml("gateway/loadbalancer.yaml");
    JsonNode pipelines = gateway.path("service").path("pipelines");
    JsonNode traces = gateway.path("exporters").path(FleetFiles.texts(pipelines.path("traces").path("exporters")).get(0));
    JsonNode metrics = gateway.path("exporters").path(FleetFiles.texts(pipelines.path("metrics").path("exporters")).get(0));
    assertEquals("traceID", traces.path("routing_key").asText());
    assertEquals("resource", metrics.path("routing_key").asText());
    Set<String> headless = new TreeSet<>();
    for (JsonNode doc : FleetFiles.yamlDocuments("k8s/sampler.yaml")) {
      if ("Service".equals(doc.path("kind").asText()) && "None".equals(doc.path("spec").path("clusterIP").asText())) {
        headless.add(doc.path("metadata").path("name").asText());
      }
    }
    for (JsonNode exporter : List.of(traces, metrics)) {
      String host = exporter.path("resolver").path("dns").path("hostname").asText();
      assertTrue(headless.contains(host), host + " is not a headless Service in k8s/sampler.yaml " + headless);
    }
  }

  private static boolean is(JsonNode policy, String type) {
    return type.equals(policy.path("type").asText());
  }

  private static boolean booleanAttribute(JsonNode policy, String key, boolean value) {
    JsonNode attribute = policy.path("boolean_attribute");
    return is(policy, "boolean_attribute") && key.equals(attribute.path("key").asText())
        && attribute.path("value").isBoolean() && attribute.path("value").asBoolean() == value
        && !attribute.path("invert_match").asBoolean(false);
  }

  private static void assertHasPolicy(JsonNode policies, String what, Predicate<JsonNode> matches) {
    for (JsonNode policy : policies) {
      if (matches.test(policy)) {
        return;
      }
    }
    throw new AssertionError("tail_sampling has no policy that keeps " + what + ": " + policies);
  }
}
