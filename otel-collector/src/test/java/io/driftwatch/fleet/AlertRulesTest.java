package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape every alert must have for Alertmanager's grouping and for the person reading it. */
class AlertRulesTest {
  private static final Set<String> SEVERITIES = Set.of("page", "ticket", "notify");

  @Test
  void everyAlertHasASeverityATriageDomainAndTheNextStep() {
    List<JsonNode> alerts = alerts();
    assertFalse(alerts.isEmpty());
    for (JsonNode alert : alerts) {
      String name = alert.path("alert").asText();
      assertTrue(SEVERITIES.contains(alert.path("labels").path("severity").asText()), name + " severity");
      assertTrue(alert.path("expr").asText().contains("group_left (triage_domain) driftwatch:triage"),
          name + " must take triage_domain from driftwatch:triage");
      for (String annotation : List.of("summary", "next_step", "runbook_url")) {
        assertFalse(alert.path("annotations").path(annotation).asText().isBlank(), name + " lacks " + annotation);
      }
    }
  }

  @Test
  void onlyTheMultiLayerAlertPagesAndEveryDeviationAlertWaitsBeforeFiring() {
    List<String> pages = new ArrayList<>();
    for (JsonNode alert : alerts()) {
      String severity = alert.path("labels").path("severity").asText();
      if (severity.equals("page")) {
        pages.add(alert.path("alert").asText());
      }
      if (!severity.equals("notify")) {
        assertTrue(alert.path("for").asText().matches("\\d+[mh]"), alert.path("alert").asText() + " needs a for:");
      }
    }
    assertEquals(List.of("LlmLayersDeviatingTogether"), pages);
  }

  private static List<JsonNode> alerts() {
    return PromQlSources.rules().stream().filter(rule -> rule.has("alert")).toList();
  }
}
