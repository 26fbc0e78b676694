package io.driftwatch.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Grafana dashboard's panels, flat or by the row they sit in. */
final class DashboardPanels {
  private DashboardPanels() {}

  /** Every panel that is not a row, including those inside collapsed rows. */
  static List<JsonNode> all(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    byRow(dashboard).values().forEach(panels::addAll);
    return panels;
  }

  /** Row title to the panels under it; panels before the first row are under "". */
  static Map<String, List<JsonNode>> byRow(JsonNode dashboard) {
    Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
    String current = "";
    rows.put(current, new ArrayList<>());
    for (JsonNode panel : dashboard.path("panels")) {
      if ("row".equals(panel.path("type").asText())) {
        current = panel.path("title").asText();
        rows.put(current, new ArrayList<>());
        panel.path("panels").forEach(rows.get(current)::add);
      } else {
        rows.get(current).add(panel);
      }
    }
    return rows;
  }
}
