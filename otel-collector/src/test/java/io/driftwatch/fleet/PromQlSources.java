package io.driftwatch.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every PromQL expression in this folder, each with where it came from. */
final class PromQlSources {
  record Expression(String where, String source, PromQlNames names) {
    Expression(String where, String source) {
      this(where, source, PromQlNames.of(source));
    }
  }

  private static final Pattern PROMQL_BLOCK = Pattern.compile("```promql\\n(.*?)```", Pattern.DOTALL);

  private PromQlSources() {}

  static List<Path> ruleFiles() {
    return FleetFiles.list("rules", ".yaml");
  }

  static List<JsonNode> rules() {
    List<JsonNode> rules = new ArrayList<>();
    for (Path file : ruleFiles()) {
      FleetFiles.yaml(file).path("groups").forEach(group -> group.path("rules").forEach(rules::add));
    }
    return rules;
  }

  static Set<String> recordedNames() {
    Set<String> names = new TreeSet<>();
    rules().forEach(rule -> {
      if (rule.has("record")) {
        names.add(rule.get("record").asText());
      }
    });
    return names;
  }

  /** Labels the rules themselves add (layer, signal, triage_domain, change, severity). */
  static Set<String> ruleLabels() {
    Set<String> labels = new TreeSet<>();
    rules().forEach(rule -> rule.path("labels").fieldNames().forEachRemaining(labels::add));
    return labels;
  }

  static List<Expression> all() {
    List<Expression> all = new ArrayList<>();
    for (Path file : ruleFiles()) {
      FleetFiles.yaml(file).path("groups").forEach(group -> group.path("rules").forEach(rule -> {
        String name = rule.has("record") ? rule.get("record").asText() : rule.path("alert").asText();
        all.add(new Expression(file.getFileName() + " " + name, rule.path("expr").asText()));
      }));
    }
    for (Path file : FleetFiles.list("dashboards", ".json")) {
      JsonNode dashboard = FleetFiles.json(file);
      for (JsonNode panel : DashboardPanels.all(dashboard)) {
        for (JsonNode target : panel.path("targets")) {
          if (target.hasNonNull("expr")) {
            all.add(new Expression(file.getFileName() + " panel '" + panel.path("title").asText() + "'",
                target.get("expr").asText()));
          }
        }
      }
      for (JsonNode variable : dashboard.path("templating").path("list")) {
        String query = variable.path("query").isObject()
            ? variable.path("query").path("query").asText() : variable.path("query").asText();
        all.add(new Expression(file.getFileName() + " variable " + variable.path("name").asText(), query,
            PromQlNames.ofGrafanaQuery(query)));
      }
    }
    for (Path file : FleetFiles.list("tests", ".yaml")) {
      for (JsonNode group : FleetFiles.yaml(file).path("tests")) {
        for (JsonNode series : group.path("input_series")) {
          all.add(new Expression(file.getFileName() + " input series", series.path("series").asText()));
        }
        for (JsonNode test : group.path("promql_expr_test")) {
          all.add(new Expression(file.getFileName() + " promql_expr_test", test.path("expr").asText()));
        }
      }
    }
    Matcher block = PROMQL_BLOCK.matcher(FleetFiles.text(FleetFiles.path("RUNBOOK.md")));
    while (block.find()) {
      // one query a line, each pasted on its own; an indented line continues the one above
      List<String> queries = new ArrayList<>();
      for (String line : block.group(1).stripIndent().split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        if (Character.isWhitespace(line.charAt(0)) && !queries.isEmpty()) {
          queries.set(queries.size() - 1, queries.get(queries.size() - 1) + " " + line.strip());
        } else {
          queries.add(line.strip());
        }
      }
      queries.forEach(query -> all.add(new Expression("RUNBOOK.md", query)));
    }
    return all;
  }
}
