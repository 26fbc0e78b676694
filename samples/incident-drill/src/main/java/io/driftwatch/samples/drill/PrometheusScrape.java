package io.driftwatch.samples.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One scrape of the agent's Prometheus endpoint (OTEL_METRICS_EXPORTER=prometheus) in the sample
 * app: every Driftwatch and GenAI series with its value, as the exposition format spells it.
 */
record PrometheusScrape(Map<String, Double> cumulative, Map<String, Double> gauges) {

  /** The agent's own metrics, the GenAI ones, and the database and MCP client ones of the calls around them. */
  private static final Pattern RECORDED_PREFIXES = Pattern.compile("driftwatch_|gen_ai_|db_client_|mcp_client_");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static PrometheusScrape of(int port) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the agent's Prometheus endpoint answered " + response.statusCode());
      }
      return parse(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot scrape the agent's Prometheus endpoint on port " + port + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scraping", e);
    }
  }

  static PrometheusScrape parse(String text) {
    Set<String> gaugeNames = new HashSet<>();
    Map<String, Double> cumulative = new LinkedHashMap<>();
    Map<String, Double> gauges = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# TYPE ")) {
        String[] words = line.split(" ");
        if (words.length >= 4 && words[3].equals("gauge")) {
          gaugeNames.add(words[2]);
        }
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int end = line.indexOf('}');
      int space = line.indexOf(' ', end < 0 ? 0 : end);
      if (space < 0) {
        continue;
      }
      String series = line.substring(0, space);
      String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
      if (!RECORDED_PREFIXES.matcher(name).lookingAt()) {
        continue;
      }
      String[] rest = line.substring(space + 1).strip().split(" ");
      double value = Double.parseDouble(rest[0]);
      (gaugeNames.contains(name) ? gauges : cumulative).put(series, value);
    }
    return new PrometheusScrape(cumulative, gauges);
  }

  /** All calls the agent counted so far, every operation and outcome. */
  double calls() {
    return cumulative.entrySet().stream().filter(e -> e.getKey().startsWith("driftwatch_llm_calls_total"))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  /**
   * How much each cumulative series grew since {@code earlier}, zero included: a histogram's
   * buckets must all be there for its quantiles to mean anything.
   */
  Map<String, Double> growthSince(PrometheusScrape earlier) {
    Map<String, Double> growth = new LinkedHashMap<>();
    cumulative.forEach((series, value) -> growth.put(series, Math.max(0, value - earlier.cumulative.getOrDefault(series, 0.0))));
    return growth;
  }
}
