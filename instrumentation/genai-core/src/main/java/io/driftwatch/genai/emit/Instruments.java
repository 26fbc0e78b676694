package io.driftwatch.genai.emit;

import io.driftwatch.genai.emit.Catalogue.Metric;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/** Builds instruments from their {@link Catalogue} entries, so name, unit and description come from one place. */
public final class Instruments {

  private Instruments() {}

  public static LongCounter counter(Meter meter, Metric metric) {
    return meter.counterBuilder(metric.name()).setUnit(metric.unit()).setDescription(metric.description()).build();
  }

  public static DoubleCounter doubleCounter(Meter meter, Metric metric) {
    return meter.counterBuilder(metric.name()).ofDoubles().setUnit(metric.unit())
        .setDescription(metric.description()).build();
  }

  public static DoubleHistogram histogram(Meter meter, Metric metric, List<Double> buckets) {
    return meter.histogramBuilder(metric.name()).setUnit(metric.unit()).setDescription(metric.description())
        .setExplicitBucketBoundariesAdvice(buckets).build();
  }

  public static LongHistogram longHistogram(Meter meter, Metric metric, List<Long> buckets) {
    return meter.histogramBuilder(metric.name()).ofLongs().setUnit(metric.unit())
        .setDescription(metric.description()).setExplicitBucketBoundariesAdvice(buckets).build();
  }
}
