package io.driftwatch.benchmarks.overhead;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways the benchmark app is started. Every agent gets the same OpenTelemetry settings.
 * {@link #DRIFTWATCH_BEFORE} runs only when an earlier build of the agent is given, to compare two builds in one run.
 */
enum AgentConfig {
  NONE("No agent"),
  DRIFTWATCH("Driftwatch"),
  DRIFTWATCH_BEFORE("Driftwatch, earlier build"),
  OFFICIAL_OTEL("OTel agent 2.33.1");

  private final String label;

  AgentConfig(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  boolean isDriftwatch() {
    return this == DRIFTWATCH || this == DRIFTWATCH_BEFORE;
  }

  /**
   * JVM flags for this configuration.
   *
   * @param jar this configuration's agent jar (ignored for {@link #NONE})
   * @param otlpEndpoint where both agents export (OTLP http/protobuf), e.g. a local receiver or a closed port
   */
  List<String> jvmFlags(Path jar, String otlpEndpoint) {
    List<String> flags = new ArrayList<>();
    if (this == NONE) {
      return flags;
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(label + ": agent jar not found at " + jar);
    }
    flags.add("-javaagent:" + jar.toAbsolutePath());
    flags.add("-Dotel.service.name=driftwatch-benchmark-app");
    flags.add("-Dotel.exporter.otlp.endpoint=" + otlpEndpoint);
    flags.add("-Dotel.exporter.otlp.protocol=http/protobuf");
    flags.add("-Dotel.traces.exporter=otlp");
    flags.add("-Dotel.metrics.exporter=otlp");
    flags.add("-Dotel.logs.exporter=none");
    flags.add("-Dotel.metric.export.interval=5000");
    return flags;
  }
}
