package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

/** An application that ships its own OpenTelemetry SDK keeps it, and LLM spans join its traces. */
class OwnOpenTelemetryTest {

  @Test
  void llmSpanJoinsTheApplicationsTraceThroughTheTraceparentItSends() {
    InMemorySpanExporter appExporter = InMemorySpanExporter.create();
    SdkTracerProvider appTracing = SdkTracerProvider.builder()
        .addSpanProcessor(SimpleSpanProcessor.create(appExporter)).build();
    Tracer tracer = appTracing.get("host-app");
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(PROVIDER.baseUrl() + "/v1").apiKey("sk-canary-own-otel").maxRetries(0).build();
    String model = uniqueModel("gpt-4o-own-otel");

    Span handleRequest = tracer.spanBuilder("handle request").startSpan();
    String traceparent = "00-" + handleRequest.getSpanContext().getTraceId() + "-"
        + handleRequest.getSpanContext().getSpanId() + "-01";
    client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(model).addUserMessage("hi").putAdditionalHeader("traceparent", traceparent).build());
    handleRequest.end();

    ReceivedSpan llmSpan = spanFor(model);
    assertEquals(handleRequest.getSpanContext().getTraceId(), llmSpan.traceId());
    assertEquals(handleRequest.getSpanContext().getSpanId(), llmSpan.parentSpanId());
    assertEquals(1, appExporter.getFinishedSpanItems().size(), "the application's own SDK still exports");
    appTracing.close();
  }

  @Test
  void agentClassesAreInvisibleToTheApplication() {
    ClassLoader app = OwnOpenTelemetryTest.class.getClassLoader();
    assertThrows(ClassNotFoundException.class, () -> Class.forName("io.driftwatch.genai.exchange.LlmExchange", false, app));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("io.driftwatch.shaded.io.opentelemetry.api.trace.Span", false, app));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("io.driftwatch.shaded.net.bytebuddy.ByteBuddy", false, app));
    assertEquals(app, Span.class.getClassLoader(), "io.opentelemetry is the application's own");
  }
}
