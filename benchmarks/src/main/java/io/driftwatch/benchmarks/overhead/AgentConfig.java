package io.driftwatch.benchmarks.overhead;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ways the benchmark app is started. Every agent gets the same OpenTelemetry settings.
 * {@link #DRIFTWATCH_BEFORE} runs only when an earlier build of the agent is given, to compare two builds in one run;
 * {@link #OFFICIAL_WITH_EXTENSION} only when the extension jar is given.
 */
enum AgentConfig {
  NONE("No agent"),
  DRIFTWATCH("Driftwatch"),
  DRIFTWATCH_BEFORE("Driftwatch, earlier build"),
  OFFICIAL_OTEL("OTel agent 2.33.1"),
  OFFICIAL_WITH_EXTENSION("OTel agent 2.33.1 + Driftwatch extension");

  private final String label;

  AgentConfig(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  boolean isDriftwatch() {
    return this == DRIFTWATCH || this == DRIFTWATCH_BEFORE || this == OFFICIAL_WITH_EXTENSION;
  }

  /**
   * JVM flags for this configuration.
   *
   * @param jars each configuration's jar (the extension's for {@link #OFFICIAL_WITH_EXTENSION}, which also
   *     takes the official agent's)
   * @param otlpEndpoint where both agents export (OTLP http/protobuf), e.g. a local receiver or a closed port
   */
  List<String> jvmFlags(Map<AgentConfig, Path> jars, String otlpEndpoint) {
    List<String> flags = new ArrayList<>();
    if (this == NONE) {
      return flags;
    }
    Path jar = existing(jars.get(this));
    if (this == OFFICIAL_WITH_EXTENSION) {
      flags.add("-javaagent:" + existing(jars.get(OFFICIAL_OTEL)).toAbsolutePath());
      flags.add("-Dotel.javaagent.extensions=" + jar.toAbsolutePath());
    } else {
      flags.add("-javaagent:" + jar.toAbsolutePath());
    }
    flags.add("-Dotel.service.name=driftwatch-benchmark-app");
    flags.add("-Dotel.exporter.otlp.endpoint=" + otlpEndpoint);
    flags.add("-Dotel.exporter.otlp.protocol=http/protobuf");
    flags.add("-Dotel.traces.exporter=otlp");
    flags.add("-Dotel.metrics.exporter=otlp");
    flags.add("-Dotel.logs.exporter=none");
    flags.add("-Dotel.metric.export.interval=5000");
    return flags;
  }

  private Path existing(Path jar) {
    if (jar == null || !Files.isRegularFile(jar)) {
      throw new IllegalStateException(label + ": jar not found at " + jar);
    }
    return jar;
  }
}
