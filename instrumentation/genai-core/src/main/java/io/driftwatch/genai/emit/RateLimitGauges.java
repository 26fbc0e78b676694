package io.driftwatch.genai.emit;

import static io.driftwatch.genai.emit.Catalogue.*;

import io.driftwatch.genai.analysis.report.CallReport;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Quota headroom gauges: the last value each provider endpoint reported in its rate-limit headers. */
final class RateLimitGauges {

  private final Map<Attributes, Long> remainingRequests = new ConcurrentHashMap<>();
  private final Map<Attributes, Long> remainingTokens = new ConcurrentHashMap<>();
  private final Map<Attributes, Double> retryAfter = new ConcurrentHashMap<>();

  RateLimitGauges(Meter meter) {
    meter.gaugeBuilder(REMAINING_REQUESTS.name()).ofLongs().setUnit(REMAINING_REQUESTS.unit())
        .setDescription(REMAINING_REQUESTS.description())
        .buildWithCallback(gauge -> remainingRequests.forEach((attributes, value) -> gauge.record(value, attributes)));
    meter.gaugeBuilder(REMAINING_TOKENS.name()).ofLongs().setUnit(REMAINING_TOKENS.unit())
        .setDescription(REMAINING_TOKENS.description())
        .buildWithCallback(gauge -> remainingTokens.forEach((attributes, value) -> gauge.record(value, attributes)));
    meter.gaugeBuilder(RETRY_AFTER.name()).setUnit(RETRY_AFTER.unit()).setDescription(RETRY_AFTER.description())
        .buildWithCallback(gauge -> retryAfter.forEach((attributes, value) -> gauge.record(value, attributes)));
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
}
