package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.TracedRequestApp;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both agents attached to one application: both work, and the LLM span joins the trace the official agent carries. */
class OfficialAgentSideBySideTest {

  private static final String OFFICIAL_AGENT =
      Path.of("target", "otel-javaagent", "opentelemetry-javaagent.jar").toAbsolutePath().toString();

  @Test
  void llmSpanIsAChildOfTheRequestSpanTheOfficialAgentHasCurrent() throws Exception {
    String model = uniqueModel("gpt-4o-two-agents");
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-javaagent:" + OFFICIAL_AGENT, "-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=two-agents"),
        ForkedJvm.testClassPath(), Map.of("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "OTEL_LOGS_EXPORTER", "none"),
        TracedRequestApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("answer="), result.output());
    String[] request = result.output().lines().filter(l -> l.startsWith("request-span=")).findFirst().orElseThrow()
        .substring("request-span=".length()).split("/");
    ReceivedSpan llm = spanFor(model);
    assertEquals(request[0], llm.traceId(), "the LLM span joins the official agent's trace");
    assertEquals(request[1], llm.parentSpanId(), "the LLM span's parent is the request span");
    List<ReceivedSpan> officialHttpSpan = RECEIVER.awaitSpans(s -> request[0].equals(s.traceId())
        && "CLIENT".equals(s.kind()) && !s.spanId().equals(llm.spanId()), 1, WAIT);
    assertEquals(request[1], officialHttpSpan.get(0).parentSpanId(), "the official agent's HTTP span still works");
  }
}
