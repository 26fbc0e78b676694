package io.driftwatch.samples.otlp;

import java.util.Map;

/** One span event as it arrived over OTLP. */
public record ReceivedEvent(String name, long epochNanos, Map<String, Object> attributes) {}
