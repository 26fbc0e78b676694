package io.driftwatch.fleet;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names and label names a PromQL expression refers to. Not a parser: it removes string
 * literals, label matchers, range selectors and grouping clauses (collecting the label names they
 * name) and takes the identifiers that are left and are not called like functions.
 */
record PromQlNames(Set<String> metrics, Set<String> labels) {
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
  private static final Pattern MATCHERS = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern MATCHER_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
  private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^()]*)\\)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.$:])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");
  private static final Pattern LABEL_VALUES =
      Pattern.compile("^\\s*label_values\\((.*),\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)\\s*$", Pattern.DOTALL);
  private static final Set<String> KEYWORDS = Set.of(
      "and", "or", "unless", "offset", "bool", "inf", "nan", "by", "without", "on", "ignoring",
      "group_left", "group_right", "atan2");

  static PromQlNames of(String expression) {
    Set<String> metrics = new TreeSet<>();
    Set<String> labels = new TreeSet<>();
    String rest = STRING.matcher(expression).replaceAll("\"\"");
    rest = collect(MATCHERS, rest, labels, true);
    rest = RANGE.matcher(rest).replaceAll(" ");
    rest = collect(GROUPING, rest, labels, false);
    Matcher identifier = IDENTIFIER.matcher(rest);
    while (identifier.find()) {
      String name = identifier.group(1);
      if (!KEYWORDS.contains(name.toLowerCase())) {
        metrics.add(name);
      }
    }
    return new PromQlNames(metrics, labels);
  }

  /** A Grafana variable query: {@code label_values(expr, label)} or a plain expression. */
  static PromQlNames ofGrafanaQuery(String query) {
    Matcher labelValues = LABEL_VALUES.matcher(query);
    if (!labelValues.matches()) {
      return of(query);
    }
    PromQlNames names = of(labelValues.group(1));
    names.labels().add(labelValues.group(2));
    return names;
  }

  private static String collect(Pattern block, String text, Set<String> labels, boolean matchers) {
    Matcher m = block.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      if (matchers) {
        Matcher label = MATCHER_LABEL.matcher(m.group(1));
        while (label.find()) {
          labels.add(label.group(1));
        }
      } else {
        for (String label : m.group(1).split(",")) {
          if (!label.isBlank()) {
            labels.add(label.trim());
          }
        }
      }
      m.appendReplacement(rest, " ");
    }
    m.appendTail(rest);
    return rest.toString();
  }
}
