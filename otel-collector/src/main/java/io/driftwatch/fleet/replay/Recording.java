package io.driftwatch.fleet.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the real agent exported during one drill scenario: for each phase (normal traffic, then the
 * fault), how many application calls it made and by how much each series the agent's Prometheus
 * endpoint served grew meanwhile (counters and histogram parts) or what it read at the end (gauges).
 *
 * <p>The file is plain text, one series a line in the exposition format, so a diff shows what the
 * agent's output changed:
 * <pre>
 * scenario rate-limit-storm
 * phase normal calls 60
 * driftwatch_llm_calls_total{...,driftwatch_outcome="success"} 60
 * phase fault calls 60
 * ...
 * </pre>
 */
public record Recording(String scenario, List<Phase> phases) {

  /** One phase: its call count, the growth of each cumulative series and the last gauge readings. */
  public record Phase(String name, int calls, Map<String, Double> increments, Map<String, Double> gauges) {
    public Phase {
      increments = Map.copyOf(increments);
      gauges = Map.copyOf(gauges);
    }
  }

  private static final String GAUGE_MARK = "gauge ";

  public Recording {
    phases = List.copyOf(phases);
  }

  public Phase phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("recording of " + scenario + " has no phase " + name));
  }

  /** Every series name in the recording, without labels. */
  public List<String> metricNames() {
    List<String> names = new ArrayList<>();
    for (Phase phase : phases) {
      for (String series : phase.increments().keySet()) {
        names.add(SeriesKey.metricName(series));
      }
      for (String series : phase.gauges().keySet()) {
        names.add(SeriesKey.metricName(series));
      }
    }
    return names.stream().distinct().sorted().toList();
  }

  public static Recording read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read recording " + file + ": " + e.getMessage(), e);
    }
    String scenario = null;
    List<Phase> phases = new ArrayList<>();
    String phaseName = null;
    int calls = 0;
    Map<String, Double> increments = new LinkedHashMap<>();
    Map<String, Double> gauges = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1);
      if (line.startsWith("scenario ")) {
        scenario = line.substring("scenario ".length()).strip();
      } else if (line.startsWith("phase ")) {
        if (phaseName != null) {
          phases.add(new Phase(phaseName, calls, increments, gauges));
        }
        String[] words = line.split("\\s+");
        if (words.length != 4 || !words[2].equals("calls")) {
          throw new IllegalArgumentException(where + ": expected 'phase NAME calls N', got '" + line + "'");
        }
        phaseName = words[1];
        calls = Integer.parseInt(words[3]);
        increments = new LinkedHashMap<>();
        gauges = new LinkedHashMap<>();
      } else {
        if (phaseName == null) {
          throw new IllegalArgumentException(where + ": a series before the first 'phase' line");
        }
        boolean gauge = line.startsWith(GAUGE_MARK);
        String sample = gauge ? line.substring(GAUGE_MARK.length()) : line;
        int space = sample.lastIndexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException(where + ": expected 'SERIES VALUE', got '" + line + "'");
        }
        (gauge ? gauges : increments).put(sample.substring(0, space), Double.parseDouble(sample.substring(space + 1)));
      }
    }
    if (phaseName != null) {
      phases.add(new Phase(phaseName, calls, increments, gauges));
    }
    if (scenario == null || phases.isEmpty()) {
      throw new IllegalArgumentException(file + ": not a recording (no 'scenario' or no 'phase' line)");
    }
    return new Recording(scenario, phases);
  }

  public void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("# What the Driftwatch agent exported during the drill scenario, scraped from its Prometheus\n")
        .append("# endpoint: per phase, the growth of every series (gauges: the last reading). Refresh with\n")
        .append("# the incident drill's --record option (samples/incident-drill).\n")
        .append("scenario ").append(scenario).append('\n');
    for (Phase phase : phases) {
      text.append("phase ").append(phase.name()).append(" calls ").append(phase.calls()).append('\n');
      phase.increments().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> text.append(e.getKey()).append(' ').append(SeriesKey.number(e.getValue())).append('\n'));
      phase.gauges().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> text.append(GAUGE_MARK).append(e.getKey()).append(' ')
              .append(SeriesKey.number(e.getValue())).append('\n'));
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
