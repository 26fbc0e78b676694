package io.driftwatch.benchmarks.overhead;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The three ways the benchmark app is started. Both agents get the same OpenTelemetry settings. */
enum AgentConfig {
  NONE("No agent"),
  DRIFTWATCH("Driftwatch"),
  OFFICIAL_OTEL("OTel agent 2.33.1");

  private final String label;

  AgentConfig(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /**
   * JVM flags for this configuration.
   *
   * @param otlpEndpoint where both agents export (OTLP http/protobuf), e.g. a local receiver or a closed port
   */
  List<String> jvmFlags(Path driftwatchJar, Path officialJar, String otlpEndpoint) {
    List<String> flags = new ArrayList<>();
    if (this == NONE) {
      return flags;
    }
    Path jar = this == DRIFTWATCH ? driftwatchJar : officialJar;
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
