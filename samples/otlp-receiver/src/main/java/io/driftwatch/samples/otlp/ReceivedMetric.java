package io.driftwatch.samples.otlp;

import java.util.List;
import java.util.Map;

/**
 * One metric data point as it arrived over OTLP, flattened together with its metric, resource and scope.
 * Fields that do not apply to the point's type are zero or empty.
 *
 * @param type           "HISTOGRAM", "SUM", "GAUGE", "EXPONENTIAL_HISTOGRAM" or "SUMMARY"
 * @param count          number of recordings (histograms and summaries)
 * @param sum            sum of recordings (histograms and summaries)
 * @param explicitBounds bucket boundaries (explicit-bucket histograms)
 * @param bucketCounts   one count per bucket, one more than there are bounds (explicit-bucket histograms)
 * @param value          the point's value as a double (sums and gauges)
 */
public record ReceivedMetric(
    String name,
    String unit,
    String type,
    Map<String, Object> attributes,
    long count,
    double sum,
    List<Double> explicitBounds,
    List<Long> bucketCounts,
    double value,
    long startEpochNanos,
    long timeEpochNanos,
    Map<String, Object> resourceAttributes,
    String scopeName) {

  public String stringAttr(String key) {
    return AttributeLookup.typed(attributes, key, String.class);
  }
}
