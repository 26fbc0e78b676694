package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every dashboard is valid JSON with a row of working panels for each layer and for triage. */
class DashboardTest {
  private static final List<String> SECTIONS = List.of("infrastructure", "api", "behavioral", "quality", "triage");

  static Stream<Path> dashboards() {
    List<Path> files = FleetFiles.list("dashboards", ".json");
    assertFalse(files.isEmpty(), "no dashboards");
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("dashboards")
  void hasARowOfQueryingPanelsForEveryLayerAndTriage(Path file) {
    Map<String, List<JsonNode>> rows = DashboardPanels.byRow(FleetFiles.json(file));
    for (String section : SECTIONS) {
      List<JsonNode> panels = rows.entrySet().stream()
          .filter(row -> row.getKey().toLowerCase().contains(section))
          .flatMap(row -> row.getValue().stream()).toList();
      assertFalse(panels.isEmpty(), file.getFileName() + " has no row of panels for " + section + ": " + rows.keySet());
      for (JsonNode panel : panels) {
        assertTrue(hasQuery(panel), "panel '" + panel.path("title").asText() + "' queries nothing");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dashboards")
  void panelsHaveUniqueIdsAndUseProvisionedDataSources(Path file) {
    JsonNode dashboard = FleetFiles.json(file);
    Set<String> provisioned = new TreeSet<>();
    for (Path source : FleetFiles.list("grafana/provisioning/datasources", ".yaml")) {
      FleetFiles.yaml(source).path("datasources").forEach(ds -> provisioned.add(ds.path("uid").asText()));
    }
    Set<Integer> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    dashboard.path("panels").forEach(p -> {
      if (!ids.add(p.path("id").asInt())) {
        problems.add("duplicate id " + p.path("id"));
      }
    });
    for (JsonNode panel : DashboardPanels.all(dashboard)) {
      List<JsonNode> refs = new ArrayList<>(List.of(panel.path("datasource")));
      panel.path("targets").forEach(t -> refs.add(t.path("datasource")));
      for (JsonNode ref : refs) {
        if (!ref.isMissingNode() && !provisioned.contains(ref.path("uid").asText())) {
          problems.add(panel.path("title").asText() + " uses data source " + ref);
        }
      }
    }
    assertFalse(dashboard.path("uid").asText().isBlank(), "dashboard needs a stable uid");
    assertEquals(List.of(), problems, file.getFileName().toString());
  }

  private static boolean hasQuery(JsonNode panel) {
    for (JsonNode target : panel.path("targets")) {
      if (!target.path("expr").asText().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
