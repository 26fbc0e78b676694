package io.driftwatch.fleet.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what `promtool test rules` got for each promql_expr_test that expected nothing: its failure
 * report lists, per expression and evaluation time, {@code got: {labels} value, ...}. A test whose
 * result was empty passes and prints nothing, so an absent entry means an empty vector.
 */
final class PromtoolOutput {

  private static final Pattern EXPR_LINE = Pattern.compile("^\\s*expr: (\".*\"), time: ([0-9a-z]+),\\s*$");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([wdhms])");

  private PromtoolOutput() {}

  /** Samples by (expression, minute). */
  static Map<PromtoolTestFile.Query, List<Sample>> parse(String output) {
    Map<PromtoolTestFile.Query, List<Sample>> got = new LinkedHashMap<>();
    String[] lines = output.split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher expr = EXPR_LINE.matcher(lines[i]);
      if (!expr.matches()) {
        continue;
      }
      PromtoolTestFile.Query query = new PromtoolTestFile.Query(unquote(expr.group(1)), minutes(expr.group(2)));
      for (int j = i + 1; j < lines.length && j <= i + 2; j++) {
        String line = lines[j].strip();
        if (line.startsWith("got: ")) {
          got.put(query, samples(line.substring("got: ".length())));
        }
      }
    }
    return got;
  }

  static int minutes(String duration) {
    Matcher part = DURATION_PART.matcher(duration);
    long seconds = 0;
    while (part.find()) {
      long n = Long.parseLong(part.group(1));
      seconds += switch (part.group(2)) {
        case "w" -> n * 604800;
        case "d" -> n * 86400;
        case "h" -> n * 3600;
        case "m" -> n * 60;
        default -> n;
      };
    }
    return (int) (seconds / 60);
  }

  /** {@code {a="x", b="y"} 3E+00, {c="z"} 1E+00}, or {@code nil}. */
  static List<Sample> samples(String text) {
    List<Sample> samples = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        break;
      }
      Map<String, String> labels = new HashMap<>();
      int pos = open + 1;
      while (pos < text.length() && text.charAt(pos) != '}') {
        int eq = text.indexOf('=', pos);
        String name = text.substring(pos, eq).strip();
        StringBuilder value = new StringBuilder();
        pos = eq + 2; // past ="
        while (text.charAt(pos) != '"') {
          char c = text.charAt(pos);
          if (c == '\\') {
            pos++;
            c = text.charAt(pos) == 'n' ? '\n' : text.charAt(pos);
          }
          value.append(c);
          pos++;
        }
        labels.put(name, value.toString());
        pos++; // closing quote
        while (pos < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == ' ')) {
          pos++;
        }
      }
      int end = text.indexOf(", {", pos);
      String number = text.substring(pos + 1, end < 0 ? text.length() : end).strip();
      samples.add(new Sample(labels, Double.parseDouble(number)));
      i = end < 0 ? text.length() : end + 2;
    }
    return samples;
  }

  private static String unquote(String quoted) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char next = quoted.charAt(++i);
        text.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
