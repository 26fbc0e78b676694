package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runbook has a section for every link the alerts and itself point to; the template has the fields. */
class RunbookTest {
  private static final Pattern HEADING = Pattern.compile("(?m)^#{2,4} (.+)$");
  private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\(#([^)]+)\\)");
  private final String runbook = FleetFiles.text(FleetFiles.path("RUNBOOK.md"));

  @Test
  void everyAnchorTheAlertsAndTheRunbookLinkToExists() {
    Set<String> anchors = new TreeSet<>();
    Matcher heading = HEADING.matcher(runbook);
    while (heading.find()) {
      anchors.add(githubAnchor(heading.group(1)));
    }
    Set<String> linked = new TreeSet<>();
    Matcher link = LOCAL_LINK.matcher(runbook);
    while (link.find()) {
      linked.add(link.group(1));
    }
    Set<String> domains = new TreeSet<>();
    PromQlSources.rules().forEach(rule -> {
      if (rule.path("labels").has("triage_domain")) {
        domains.add(rule.path("labels").path("triage_domain").asText());
      }
    });
    assertEquals(Set.of("provider", "prompt_model", "infrastructure_retrieval", "none"), domains);
    for (JsonNode rule : PromQlSources.rules()) {
      String url = rule.path("annotations").path("runbook_url").asText();
      if (!url.isEmpty()) {
        String anchor = url.substring(url.indexOf('#') + 1);
        if (anchor.contains("$labels.triage_domain")) {
          linked.addAll(domains);
        } else {
          linked.add(anchor);
        }
      }
    }
    List<String> missing = new ArrayList<>(linked);
    missing.removeAll(anchors);
    assertEquals(List.of(), missing, "links to sections RUNBOOK.md does not have; it has " + anchors);
  }

  @Test
  void postMortemTemplateHasTheStochasticSystemFields() {
    String template = FleetFiles.text(FleetFiles.path("POSTMORTEM-TEMPLATE.md")).toLowerCase(Locale.ROOT);
    for (String field : List.of("## detection method", "normal variance", "clearly outside",
        "## evaluation coverage gap", "## rollback capability")) {
      assertTrue(template.contains(field), "POSTMORTEM-TEMPLATE.md lacks " + field);
    }
  }

  /** GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces to -. */
  static String githubAnchor(String heading) {
    return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }
}
