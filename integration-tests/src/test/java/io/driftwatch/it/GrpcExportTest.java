package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.OkHttpChatApp;
import io.driftwatch.samples.otlp.OtlpReceiver;
import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OTEL_EXPORTER_OTLP_PROTOCOL=grpc through the real agent jar, to a receiver that serves only the
 * OTLP/gRPC services (its HTTP port is given to no one). The application's own OkHttp, 4 or 5, is
 * the one it calls with, still observed, and never the agent's relocated copy.
 */
class GrpcExportTest {

  private static final String OKHTTP5_LIBS = Path.of("target", "okhttp5").toAbsolutePath() + File.separator + "*";

  @Test
  void spansAndMetricsArriveOverGrpcBesideTheApplicationsOkHttp4() throws Exception {
    assertExportedOverGrpc(ForkedJvm.testClassPath(), "okhttp-4.", "grpc-okhttp4-app");
  }

  @Test
  void spansAndMetricsArriveOverGrpcBesideTheApplicationsOkHttp5() throws Exception {
    String classPath = ForkedJvm.testClassPathWithout("/okhttp", "/okio", "/kotlin") + File.pathSeparator + OKHTTP5_LIBS;
    assertExportedOverGrpc(classPath, "okhttp-jvm-5.", "grpc-okhttp5-app");
  }

  private static void assertExportedOverGrpc(String classPath, String appOkHttp, String service) throws Exception {
    String model = uniqueModel("gpt-4o-grpc");
    try (OtlpReceiver grpcOnly = OtlpReceiver.start()) {
      ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
          List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=" + service), classPath,
          Map.of("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc", "OTEL_EXPORTER_OTLP_ENDPOINT", grpcOnly.grpcEndpoint()),
          OkHttpChatApp.class.getName(), PROVIDER.baseUrl() + "/v1/chat/completions", model);

      assertEquals(0, result.exitCode(), result.output());
      assertTrue(result.output().contains("status=200") && result.output().contains(appOkHttp), result.output());
      List<String> agentLines = result.output().lines().filter(l -> l.startsWith("[driftwatch]")).toList();
      assertEquals(1, agentLines.size(), result.output());
      assertTrue(agentLines.get(0).contains("started"), agentLines.get(0));

      ReceivedSpan span = grpcOnly.awaitSpans(s -> model.equals(s.stringAttr("gen_ai.request.model")), 1, WAIT).get(0);
      assertEquals(service, span.resourceAttributes().get("service.name"));
      assertEquals("chat " + model, span.name());
      ReceivedMetric duration = grpcOnly.awaitMetric("gen_ai.client.operation.duration",
          m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
      assertEquals(service, duration.resourceAttributes().get("service.name"));
    }
  }
}
