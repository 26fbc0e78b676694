package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExporterProtocolCheckTest {

  @Test
  void anUnsupportedProtocolOnAnyOtlpProtocolKeyFailsNamingThatKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ExporterProtocolCheck.validate(Map.of("otel.exporter.otlp.traces.protocol", "http/json")::get));
    assertEquals("otel.exporter.otlp.traces.protocol", e.key());
    assertTrue(e.getMessage().contains("http/protobuf") && e.getMessage().contains("grpc"), e.getMessage());
  }

  @Test
  void httpProtobufGrpcAndUnsetPass() {
    ExporterProtocolCheck.validate(Map.of("otel.exporter.otlp.protocol", "http/protobuf")::get);
    ExporterProtocolCheck.validate(Map.of("otel.exporter.otlp.metrics.protocol", " GRPC ")::get);
    ExporterProtocolCheck.validate(key -> null);
  }

  @Test
  void aConfigurationErrorIsReportedWithItsCauses() {
    RuntimeException error = new RuntimeException("Unexpected configuration error",
        new IllegalStateException("No GrpcSenderProvider found"));
    assertEquals("Unexpected configuration error: No GrpcSenderProvider found", AgentInstaller.causes(error));
  }
}
