package io.driftwatch.genai.emit;

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
    meter.gaugeBuilder("driftwatch.llm.ratelimit.remaining_requests").ofLongs().setUnit("{request}")
        .setDescription("Requests left in the provider's current rate-limit window")
        .buildWithCallback(gauge -> remainingRequests.forEach((attributes, value) -> gauge.record(value, attributes)));
    meter.gaugeBuilder("driftwatch.llm.ratelimit.remaining_tokens").ofLongs().setUnit("{token}")
        .setDescription("Tokens left in the provider's current rate-limit window")
        .buildWithCallback(gauge -> remainingTokens.forEach((attributes, value) -> gauge.record(value, attributes)));
    meter.gaugeBuilder("driftwatch.llm.ratelimit.retry_after").setUnit("s")
        .setDescription("The last retry-after the provider sent")
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
