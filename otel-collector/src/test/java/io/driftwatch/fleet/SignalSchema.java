package io.driftwatch.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docs/SIGNALS.md says the agent exports, as Prometheus sees it: the names in the tables'
 * "Prometheus" column, and the labels made from the common attributes and the "Extra attributes"
 * column (dots become underscores).
 */
record SignalSchema(Set<String> metrics, Set<String> histograms, Set<String> labels) {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  private static final List<String> HISTOGRAM_SERIES = List.of("_bucket", "_sum", "_count");

  static SignalSchema load(Path markdown) {
    List<String> lines = FleetFiles.text(markdown).lines().toList();
    Set<String> metrics = new TreeSet<>();
    Set<String> histograms = new TreeSet<>();
    Set<String> labels = new TreeSet<>(commonAttributes(String.join(" ", lines)));
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<String> header = cells(lines.get(i));
      int prometheus = header.indexOf("Prometheus");
      if (prometheus < 0 || !lines.get(i + 1).startsWith("|---")) {
        continue;
      }
      int type = indexStartingWith(header, "Type");
      int extra = header.indexOf("Extra attributes");
      for (int row = i + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
        List<String> cells = cells(lines.get(row));
        String name = cells.get(prometheus).replace("`", "").trim();
        metrics.add(name);
        if (type >= 0 && cells.get(type).startsWith("histogram")) {
          histograms.add(name);
        }
        if (extra >= 0) {
          attributeKeys(cells.get(extra)).forEach(key -> labels.add(toLabel(key)));
        }
      }
    }
    return new SignalSchema(metrics, histograms, labels);
  }

  /** A series name the agent exports: a listed name, or a listed histogram's _bucket/_sum/_count. */
  boolean exports(String series) {
    if (metrics.contains(series) && !histograms.contains(series)) {
      return true;
    }
    return HISTOGRAM_SERIES.stream().anyMatch(suffix -> series.endsWith(suffix)
        && histograms.contains(series.substring(0, series.length() - suffix.length())));
  }

  static String toLabel(String attributeKey) {
    return attributeKey.replace('.', '_').replace('-', '_');
  }

  /** The attributes named in "Every metric below carries ... also carry ...". */
  private static List<String> commonAttributes(String text) {
    int start = text.indexOf("Every metric below carries");
    int end = text.indexOf("The attributes listed", start);
    if (start < 0 || end < 0) {
      throw new IllegalStateException("SIGNALS.md no longer says which attributes every metric carries");
    }
    return attributeKeys(text.substring(start, end)).stream().map(SignalSchema::toLabel).toList();
  }

  private static List<String> attributeKeys(String cell) {
    List<String> keys = new ArrayList<>();
    Matcher code = CODE.matcher(cell);
    while (code.find()) {
      if (ATTRIBUTE_KEY.matcher(code.group(1)).matches()) {
        keys.add(code.group(1));
      }
    }
    return keys;
  }

  private static List<String> cells(String line) {
    if (!line.startsWith("|")) {
      return List.of();
    }
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
  }

  private static int indexStartingWith(List<String> header, String prefix) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
