package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.FiredAlert;
import io.driftwatch.fleet.replay.RuleReplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One self-contained HTML page (inline SVG, no network resources): per scenario, a chart per signal
 * the rules recorded, minute by minute around the onset, with its 1-day baseline and band (3 standard
 * deviations), the onset, and a mark where each alert first fired.
 */
final class HtmlReport {

  private static final int WIDTH = 360;
  private static final int HEIGHT = 150;
  private static final int PAD = 28;

  private HtmlReport() {}

  static String render(DrillOptions options, List<ScenarioResult> results) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Driftwatch incident drill</title>\n")
        .append("<style>body{font:14px sans-serif;margin:24px;color:#222;background:#fff}")
        .append("h2{margin-top:32px}.charts{display:flex;flex-wrap:wrap;gap:12px}")
        .append("figure{margin:0;border:1px solid #ddd;padding:4px}figcaption{font-size:12px}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}")
        .append(".page{color:#c00}.ticket{color:#d80}.notify{color:#06c}</style></head><body>\n")
        .append("<h1>Driftwatch incident drill</h1>\n<p>").append(escape(options.app().description()))
        .append(". Signals as otel-collector/rules recorded them when promtool replayed each scenario's recording")
        .append(" (4 hours of normal traffic, then the fault at minute 0). Grey band: the 1-day baseline &plusmn; 3 sd;")
        .append(" dashed line: the baseline; red line: the onset; marks: the first firing of each alert.</p>\n");
    html.append("<table><tr><th>scenario</th><th>triage</th><th>right</th><th>first page</th><th>first ticket</th></tr>\n");
    for (ScenarioResult r : results) {
      html.append("<tr><td><a href=\"#").append(r.scenario().name()).append("\">").append(r.scenario().name())
          .append("</a></td><td>").append(r.domain().label()).append("</td><td>").append(r.right() ? "yes" : "NO")
          .append("</td><td>").append(r.replay().firstPage().map(HtmlReport::minutes).orElse("-"))
          .append("</td><td>").append(r.replay().firstTicket().map(HtmlReport::minutes).orElse("-")).append("</td></tr>\n");
    }
    html.append("</table>\n");
    for (ScenarioResult r : results) {
      html.append("<h2 id=\"").append(r.scenario().name()).append("\">").append(escape(r.scenario().title())).append("</h2>\n<ul>");
      for (FiredAlert alert : r.alerts()) {
        html.append("<li class=\"").append(alert.severity()).append("\">").append(escape(alert.describe())).append("</li>");
      }
      if (r.alerts().isEmpty()) {
        html.append("<li>no alert fired</li>");
      }
      html.append("</ul>\n<div class=\"charts\">\n");
      for (String signal : RuleReplay.CHARTED_SIGNALS) {
        Chart chart = Chart.of(signal, r.replay().timelines());
        if (chart != null) {
          html.append(chart.svg(r.alerts(), r.replay().plan().faultMinutes() - 1));
        }
      }
      html.append("</div>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String minutes(FiredAlert alert) {
    return escape(alert.name()) + " after " + Math.round(alert.minutesAfterOnset()) + " min";
  }

  /** One signal's value, baseline and band over the minutes charted. */
  private record Chart(String signal, String window, SortedMap<Integer, Double> value, SortedMap<Integer, Double> baseline,
      SortedMap<Integer, Double> stddev) {

    static Chart of(String signal, Map<String, SortedMap<Integer, Double>> timelines) {
      String prefix = "driftwatch:" + signal + ":";
      for (Map.Entry<String, SortedMap<Integer, Double>> entry : new TreeMap<>(timelines).entrySet()) {
        String window = entry.getKey().startsWith(prefix) ? entry.getKey().substring(prefix.length()) : null;
        if (window != null && !window.equals("baseline1d") && !window.equals("stddev1d")) {
          return new Chart(signal, window, entry.getValue(), timelines.getOrDefault(prefix + "baseline1d", new TreeMap<>()),
              timelines.getOrDefault(prefix + "stddev1d", new TreeMap<>()));
        }
      }
      return null;
    }

    String svg(List<FiredAlert> alerts, int last) {
      int first = RuleReplay.CHART_LEAD_MINUTES * -1;
      double top = 0;
      for (Map.Entry<Integer, Double> e : value.entrySet()) {
        top = Math.max(top, e.getValue());
      }
      for (Map.Entry<Integer, Double> e : baseline.entrySet()) {
        top = Math.max(top, e.getValue() + 3 * stddev.getOrDefault(e.getKey(), 0.0));
      }
      top = top <= 0 ? 1 : top * 1.1;
      double max = top;
      StringBuilder svg = new StringBuilder();
      svg.append("<figure><svg width=\"").append(WIDTH).append("\" height=\"")
          .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(signal).append("\">")
          .append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
          .append("\" fill=\"#fafafa\"/>");
      List<String> upper = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      baseline.forEach((minute, b) -> {
        double sd = stddev.getOrDefault(minute, 0.0);
        upper.add(point(x(minute, first, last), y(b + 3 * sd, max)));
        lower.add(0, point(x(minute, first, last), y(Math.max(0, b - 3 * sd), max)));
      });
      if (!upper.isEmpty()) {
        svg.append("<polygon fill=\"#ddd\" points=\"").append(String.join(" ", upper)).append(' ')
            .append(String.join(" ", lower)).append("\"/>");
        svg.append(polyline(baseline, first, last, max, "#777", "stroke-dasharray=\"4 3\""));
      }
      svg.append(polyline(value, first, last, max, "#1f5fbf", "stroke-width=\"2\""));
      double onset = x(0, first, last);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00\"/>",
          onset, PAD / 2, onset, HEIGHT - PAD));
      for (FiredAlert alert : alerts) {
        if (alert.minutesAfterOnset() < first || alert.minutesAfterOnset() > last) {
          continue;
        }
        String colour = alert.isPage() ? "#c00" : alert.isTicket() ? "#d80" : "#06c";
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l-5 -9 h10 z\" fill=\"%s\"><title>%s</title></path>",
            x(alert.minutesAfterOnset(), first, last), HEIGHT - PAD, colour, escape(alert.describe())));
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"12\" font-size=\"11\">%s (max %.3g)</text>", escape(
          signal + " " + window), max));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%d min</text>", PAD,
          HEIGHT - 6, first));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\">+%d min</text>", WIDTH - PAD - 30,
          HEIGHT - 6, last));
      return svg.append("</svg><figcaption>").append(escape(signal)).append("</figcaption></figure>\n").toString();
    }

    private static String polyline(SortedMap<Integer, Double> series, int first, int last, double max, String colour,
        String style) {
      StringBuilder points = new StringBuilder();
      series.forEach((minute, v) -> points.append(point(x(minute, first, last), y(v, max))).append(' '));
      return "<polyline fill=\"none\" stroke=\"" + colour + "\" " + style + " points=\"" + points.toString().strip() + "\"/>";
    }

    private static double x(double minute, int first, int last) {
      return PAD + (minute - first) / Math.max(1, last - first) * (WIDTH - 2 * PAD);
    }

    private static double y(double value, double max) {
      return HEIGHT - PAD - Math.min(1, Math.max(0, value / max)) * (HEIGHT - 2 * PAD);
    }

    private static String point(double x, double y) {
      return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
