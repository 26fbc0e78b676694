package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Metric points sent by the real SDK exporter arrive flattened, one per data point. */
class OtlpReceiverMetricTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Attributes INPUT = Attributes.of(
      AttributeKey.stringKey("gen_ai.token.type"), "input",
      AttributeKey.stringKey("gen_ai.request.model"), "gpt-4o");

  private OtlpReceiver receiver;
  private SdkMeterProvider provider;
  private Meter meter;

  @BeforeEach
  void start() {
    receiver = OtlpReceiver.start();
    provider = SdkExporters.meterProvider(receiver);
    meter = provider.get("driftwatch-test");
  }

  @AfterEach
  void stop() {
    provider.shutdown();
    receiver.close();
  }

  @Test
  void histogramArrivesWithBoundsBucketCountsAndSum() {
    LongHistogram tokens = meter.histogramBuilder("gen_ai.client.token.usage").ofLongs()
        .setUnit("{token}")
        .setExplicitBucketBoundariesAdvice(List.of(1L, 4L, 16L))
        .build();
    tokens.record(1, INPUT);
    tokens.record(3, INPUT);
    tokens.record(20, INPUT);
    SdkExporters.flush(provider);

    ReceivedMetric point = receiver.awaitMetric("gen_ai.client.token.usage",
        p -> "input".equals(p.stringAttr("gen_ai.token.type")), WAIT);
    assertEquals("HISTOGRAM", point.type());
    assertEquals("{token}", point.unit());
    assertEquals(3, point.count());
    assertEquals(24.0, point.sum());
    assertEquals(List.of(1.0, 4.0, 16.0), point.explicitBounds());
    assertEquals(List.of(1L, 1L, 0L, 1L), point.bucketCounts()); // <=1, <=4, <=16, >16
    assertEquals("gpt-4o", point.stringAttr("gen_ai.request.model"));
    assertTrue(point.timeEpochNanos() >= point.startEpochNanos());
  }

  @Test
  void counterAndGaugeArriveAsDoubleValues() {
    meter.counterBuilder("gen_ai.test.calls").build().add(5, INPUT);
    meter.gaugeBuilder("gen_ai.test.temperature").buildWithCallback(g -> g.record(0.5));
    SdkExporters.flush(provider);

    ReceivedMetric sum = receiver.awaitMetric("gen_ai.test.calls", null, WAIT);
    assertEquals("SUM", sum.type());
    assertEquals(5.0, sum.value());
    assertEquals(INPUT.size(), sum.attributes().size());
    ReceivedMetric gauge = receiver.awaitMetric("gen_ai.test.temperature", p -> true, WAIT);
    assertEquals("GAUGE", gauge.type());
    assertEquals(0.5, gauge.value());
    assertEquals(List.of(), gauge.explicitBounds());
  }

  @Test
  void pointsCarryResourceAndScope() {
    meter.counterBuilder("gen_ai.test.calls").build().add(1);
    SdkExporters.flush(provider);

    ReceivedMetric point = receiver.awaitMetric("gen_ai.test.calls", null, WAIT);
    assertEquals("receiver-test", point.resourceAttributes().get("service.name"));
    assertEquals(7L, point.resourceAttributes().get("test.run"));
    assertEquals("driftwatch-test", point.scopeName());
    // The SDK also reports on itself (otel.sdk.*), so look only at our metric.
    assertEquals(1, receiver.metrics().stream().filter(m -> m.name().equals("gen_ai.test.calls")).count());
  }

  @Test
  void awaitMetricReturnsTheLatestMatchingPoint() {
    var calls = meter.counterBuilder("gen_ai.test.calls").build();
    calls.add(1);
    SdkExporters.flush(provider);
    calls.add(2);
    SdkExporters.flush(provider);

    // Cumulative temporality: the second export repeats the point with the running total.
    receiver.awaitMetric("gen_ai.test.calls", p -> p.value() == 3.0, WAIT);
    assertEquals(3.0, receiver.awaitMetric("gen_ai.test.calls", null, WAIT).value());
  }
}
