package io.driftwatch.genai.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RateLimitGaugesTest {

  private static Attributes model(int i) {
    return Attributes.of(Catalogue.REQUEST_MODEL, "model-" + i);
  }

  @Test
  void keepsTheMostRecentlyUpdatedSeriesAndCountsWhatItForgets() {
    Telemetry telemetry = new Telemetry();
    List<String> drops = new ArrayList<>();
    RateLimitGauges gauges = new RateLimitGauges(telemetry.meter(), (reason, message) -> drops.add(reason));
    CallReport.RateLimit reading = new CallReport.RateLimit(5L, null, null);
    for (int i = 0; i < RateLimitGauges.MAX_SERIES + 2; i++) {
      gauges.record(model(i), reading);
      if (i == 0) {
        gauges.record(model(0), reading); // updating a series does not make a new one
      }
    }
    gauges.record(model(2), reading); // updated again: now the newest, not the next to go

    assertEquals(RateLimitGauges.MAX_SERIES, gauges.series());
    assertEquals(List.of(RateLimitGauges.SERIES_BOUNDED, RateLimitGauges.SERIES_BOUNDED), drops);
    Set<Attributes> exported = telemetry.metric(Catalogue.REMAINING_REQUESTS.name()).getData().getPoints().stream()
        .map(PointData::getAttributes).collect(Collectors.toSet());
    assertEquals(RateLimitGauges.MAX_SERIES, exported.size());
    assertTrue(!exported.contains(model(0)) && !exported.contains(model(1)) && exported.contains(model(2)));
    telemetry.close();
  }
}
