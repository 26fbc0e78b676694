package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docker-compose.yaml and prometheus.yaml point at files and services that exist. */
class ComposeFileTest {
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

  private final JsonNode services = FleetFiles.yaml("docker-compose.yaml").path("services");

  @Test
  void startsTheWholeStack() {
    for (String service : List.of("otel-collector", "jaeger", "prometheus", "alertmanager", "grafana")) {
      assertTrue(services.has(service), "docker-compose.yaml has no " + service);
    }
  }

  @Test
  void everyMountedFileExists() {
    List<String> missing = new ArrayList<>();
    services.fields().forEachRemaining(service -> {
      for (String volume : FleetFiles.texts(service.getValue().path("volumes"))) {
        String source = volume.split(":")[0];
        if (source.startsWith("./") && !Files.exists(FleetFiles.path(source))) {
          missing.add(service.getKey() + ": " + source);
        }
      }
    });
    assertEquals(List.of(), missing);
  }

  @Test
  void everyImageIsPinnedToAVersion() {
    services.fields().forEachRemaining(service -> {
      String image = service.getValue().path("image").asText();
      String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
      assertTrue(tag.matches("v?\\d+(\\.\\d+)+"), service.getKey() + " image is not pinned: " + image);
    });
  }

  @Test
  void collectorGetsEveryEnvironmentVariableItsConfigReads() {
    Matcher reference = ENV_REFERENCE.matcher(FleetFiles.text(FleetFiles.path("collector.yaml")));
    JsonNode environment = services.path("otel-collector").path("environment");
    while (reference.find()) {
      assertTrue(environment.has(reference.group(1)), "otel-collector needs " + reference.group(1));
    }
  }

  @Test
  void prometheusScrapesTheCollectorExporterAndAlertsAlertmanager() {
    JsonNode prometheus = FleetFiles.yaml("prometheus.yaml");
    String exporter = FleetFiles.yaml("collector.yaml").path("exporters").path("prometheus").path("endpoint").asText();
    String exporterPort = exporter.substring(exporter.lastIndexOf(':') + 1);
    List<String> scrapeTargets = new ArrayList<>();
    prometheus.path("scrape_configs").forEach(job -> job.path("static_configs")
        .forEach(c -> scrapeTargets.addAll(FleetFiles.texts(c.path("targets")))));
    assertTrue(scrapeTargets.contains("otel-collector:" + exporterPort), scrapeTargets::toString);
    prometheus.path("alerting").path("alertmanagers").forEach(am -> am.path("static_configs").forEach(c -> {
      for (String target : FleetFiles.texts(c.path("targets"))) {
        assertTrue(services.has(target.split(":")[0]), target + " is not a compose service");
      }
    }));
    for (String target : scrapeTargets) {
      assertTrue(services.has(target.split(":")[0]), target + " is not a compose service");
    }
  }

  @Test
  void prometheusRuleFilesMatchTheRulesFolder() {
    JsonNode ruleFiles = FleetFiles.yaml("prometheus.yaml").path("rule_files");
    assertFalse(ruleFiles.isEmpty());
    for (String pattern : FleetFiles.texts(ruleFiles)) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      try (Stream<Path> files = Files.walk(FleetFiles.dir())) {
        long matching = files.map(f -> FleetFiles.dir().relativize(f)).filter(matcher::matches).count();
        assertEquals(PromQlSources.ruleFiles().size(), matching, pattern);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertTrue(FleetFiles.texts(services.path("prometheus").path("volumes")).stream()
        .anyMatch(v -> v.startsWith("./rules:/etc/prometheus/rules")), "rules/ is not mounted beside the config");
  }

  @Test
  void grafanaLoadsTheDashboardsFolder() {
    String path = FleetFiles.yaml("grafana/provisioning/dashboards/driftwatch.yaml")
        .path("providers").get(0).path("options").path("path").asText();
    assertTrue(FleetFiles.texts(services.path("grafana").path("volumes")).contains("./dashboards:" + path + ":ro"),
        "dashboards/ must be mounted at " + path);
  }
}
