package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shape every alert must have for Alertmanager's grouping and for the person reading it. */
class AlertRulesTest {
  private static final Set<String> SEVERITIES = Set.of("page", "ticket", "notify");
  private static final Set<String> DOMAINS = Set.of("provider", "prompt_model", "infrastructure_retrieval");
  private static final Pattern BURN_WINDOW = Pattern.compile("driftwatch:error_budget_burn:(\\w+)");

  @Test
  void everyAlertHasASeverityATriageDomainAndTheNextStep() {
    List<JsonNode> alerts = alerts();
    assertFalse(alerts.isEmpty());
    for (JsonNode alert : alerts) {
      String name = alert.path("alert").asText();
      assertTrue(SEVERITIES.contains(alert.path("labels").path("severity").asText()), name + " severity");
      boolean joined = alert.path("expr").asText().contains("group_left (triage_domain) driftwatch:triage");
      boolean fixed = DOMAINS.contains(alert.path("labels").path("triage_domain").asText());
      assertTrue(joined ^ fixed, name + " must take triage_domain from driftwatch:triage or name one domain");
      for (String annotation : List.of("summary", "next_step", "runbook_url")) {
        assertFalse(alert.path("annotations").path(annotation).asText().isBlank(), name + " lacks " + annotation);
      }
    }
  }

  @Test
  void threePagesAndNoAlertFiresOnOneBadMinute() {
    List<String> pages = new ArrayList<>();
    for (JsonNode alert : alerts()) {
      String severity = alert.path("labels").path("severity").asText();
      if (severity.equals("page")) {
        pages.add(alert.path("alert").asText());
      }
      if (!severity.equals("notify")) {
        // a deviation must last its for:, a burn rate must hold over a long window and a short one
        assertTrue(alert.path("for").asText().matches("\\d+[mh]") || burnWindows(alert).size() >= 2,
            alert.path("alert").asText() + " needs a for: or a short and a long burn-rate window");
      }
    }
    assertEquals(List.of("LlmErrorBudgetBurn", "LlmBehaviorRegression", "LlmLayersDeviatingTogether"), pages);
  }

  private static Set<String> burnWindows(JsonNode alert) {
    Set<String> windows = new java.util.TreeSet<>();
    Matcher window = BURN_WINDOW.matcher(alert.path("expr").asText());
    while (window.find()) {
      windows.add(window.group(1));
    }
    return windows;
  }

  private static List<JsonNode> alerts() {
    return PromQlSources.rules().stream().filter(rule -> rule.has("alert")).toList();
  }
}
