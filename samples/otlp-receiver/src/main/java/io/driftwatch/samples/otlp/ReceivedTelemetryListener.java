package io.driftwatch.samples.otlp;

/** Hears every span and metric point as it is decoded; the console demo prints through this. */
interface ReceivedTelemetryListener {

  ReceivedTelemetryListener NONE = new ReceivedTelemetryListener() {};

  default void onSpan(ReceivedSpan span) {}

  default void onMetric(ReceivedMetric metric) {}
}
