package io.driftwatch.samples.otlp;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Unfolds resource -> scope -> metric -> data point into one ReceivedMetric per data point. */
final class MetricFlattener {

  private MetricFlattener() {}

  static List<ReceivedMetric> flatten(ExportMetricsServiceRequest request) {
    List<ReceivedMetric> points = new ArrayList<>();
    for (ResourceMetrics resourceMetrics : request.getResourceMetricsList()) {
      Map<String, Object> resource = ProtoAttributes.toMap(resourceMetrics.getResource().getAttributesList());
      for (ScopeMetrics scopeMetrics : resourceMetrics.getScopeMetricsList()) {
        PointFactory factory = new PointFactory(resource, scopeMetrics.getScope().getName());
        for (Metric metric : scopeMetrics.getMetricsList()) {
          factory.addPoints(metric, points);
        }
      }
    }
    return points;
  }

  /** Builds points that share one resource and scope; fields a type lacks stay zero or empty. */
  private record PointFactory(Map<String, Object> resource, String scopeName) {

    void addPoints(Metric metric, List<ReceivedMetric> out) {
      switch (metric.getDataCase()) {
        case GAUGE -> metric.getGauge().getDataPointsList()
            .forEach(p -> out.add(number(metric, "GAUGE", p)));
        case SUM -> metric.getSum().getDataPointsList()
            .forEach(p -> out.add(number(metric, "SUM", p)));
        case HISTOGRAM -> metric.getHistogram().getDataPointsList()
            .forEach(p -> out.add(histogram(metric, p)));
        case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsList()
            .forEach(p -> out.add(exponential(metric, p)));
        case SUMMARY -> metric.getSummary().getDataPointsList()
            .forEach(p -> out.add(summary(metric, p)));
        default -> { } // a metric without data carries no point to report
      }
    }

    private ReceivedMetric number(Metric metric, String type, NumberDataPoint p) {
      double value = p.hasAsInt() ? p.getAsInt() : p.getAsDouble();
      return point(metric, type, p.getAttributesList(), 0, 0, List.of(), List.of(), value,
          p.getStartTimeUnixNano(), p.getTimeUnixNano());
    }

    private ReceivedMetric histogram(Metric metric, HistogramDataPoint p) {
      return point(metric, "HISTOGRAM", p.getAttributesList(), p.getCount(), p.getSum(),
          List.copyOf(p.getExplicitBoundsList()), List.copyOf(p.getBucketCountsList()), 0,
          p.getStartTimeUnixNano(), p.getTimeUnixNano());
    }

    private ReceivedMetric exponential(Metric metric, ExponentialHistogramDataPoint p) {
      return point(metric, "EXPONENTIAL_HISTOGRAM", p.getAttributesList(), p.getCount(), p.getSum(),
          List.of(), List.of(), 0, p.getStartTimeUnixNano(), p.getTimeUnixNano());
    }

    private ReceivedMetric summary(Metric metric, SummaryDataPoint p) {
      return point(metric, "SUMMARY", p.getAttributesList(), p.getCount(), p.getSum(),
          List.of(), List.of(), 0, p.getStartTimeUnixNano(), p.getTimeUnixNano());
    }

    private ReceivedMetric point(Metric metric, String type, List<KeyValue> attributes, long count,
        double sum, List<Double> bounds, List<Long> buckets, double value, long start, long time) {
      return new ReceivedMetric(metric.getName(), metric.getUnit(), type,
          ProtoAttributes.toMap(attributes), count, sum, bounds, buckets, value, start, time,
          resource, scopeName);
    }
  }
}
