package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Quota headroom gauges: the last value each provider endpoint reported in its rate-limit headers.
 * Each gauge remembers at most {@value #MAX_SERIES} attribute sets; past that the one updated
 * longest ago is forgotten and counted as {@value #SERIES_BOUNDED}, so a churn of models or prompt
 * versions cannot grow memory or the export without end.
 */
final class RateLimitGauges {

  static final int MAX_SERIES = 1024;
  static final String SERIES_BOUNDED = "ratelimit_series_bounded";

  private final LastValues<Long> remainingRequests;
  private final LastValues<Long> remainingTokens;
  private final LastValues<Double> retryAfter;

  RateLimitGauges(Meter meter, DropCounter drops) {
    remainingRequests = new LastValues<>(drops);
    remainingTokens = new LastValues<>(drops);
    retryAfter = new LastValues<>(drops);
    meter.gaugeBuilder(REMAINING_REQUESTS.name()).ofLongs().setUnit(REMAINING_REQUESTS.unit())
        .setDescription(REMAINING_REQUESTS.description())
        .buildWithCallback(gauge -> remainingRequests.forEach(gauge::record));
    meter.gaugeBuilder(REMAINING_TOKENS.name()).ofLongs().setUnit(REMAINING_TOKENS.unit())
        .setDescription(REMAINING_TOKENS.description())
        .buildWithCallback(gauge -> remainingTokens.forEach(gauge::record));
    meter.gaugeBuilder(RETRY_AFTER.name()).setUnit(RETRY_AFTER.unit()).setDescription(RETRY_AFTER.description())
        .buildWithCallback(gauge -> retryAfter.forEach(gauge::record));
  }

  void record(Attributes attributes, CallReport.RateLimit reading) {
    if (reading.remainingRequests() != null) {
      remainingRequests.put(attributes, reading.remainingRequests());
    }
    if (reading.remainingTokens() != null) {
      remainingTokens.put(attributes, reading.remainingTokens());
    }
    if (reading.retryAfterSeconds() != null) {
      retryAfter.put(attributes, reading.retryAfterSeconds());
    }
  }

  int series() {
    return Math.max(remainingRequests.size(), Math.max(remainingTokens.size(), retryAfter.size()));
  }

  /**
   * Last value per attribute set, oldest update first. Written by the analyzer thread, read by the
   * metric reader's callback: both under the map's lock, held only to copy or put one entry.
   */
  private static final class LastValues<V> {

    private final DropCounter drops;
    private final Map<Attributes, V> values = new LinkedHashMap<>();

    LastValues(DropCounter drops) {
      this.drops = drops;
    }

    void put(Attributes attributes, V value) {
      boolean evicted;
      synchronized (values) {
        values.remove(attributes); // re-inserted last: the map stays in order of update
        values.put(attributes, value);
        evicted = values.size() > MAX_SERIES;
        if (evicted) {
          values.remove(values.keySet().iterator().next());
        }
      }
      if (evicted) {
        drops.count(SERIES_BOUNDED, "a rate-limit gauge had more than " + MAX_SERIES
            + " attribute sets; the one updated longest ago was dropped");
      }
    }

    void forEach(BiConsumer<V, Attributes> gauge) {
      Map<Attributes, V> snapshot;
      synchronized (values) {
        snapshot = new LinkedHashMap<>(values);
      }
      snapshot.forEach((attributes, value) -> gauge.accept(value, attributes));
    }

    int size() {
      synchronized (values) {
        return values.size();
      }
    }
  }
}
