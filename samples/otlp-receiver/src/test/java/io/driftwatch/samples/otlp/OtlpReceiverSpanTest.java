package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spans sent by the real SDK exporter arrive decoded, with their shape and types intact. */
class OtlpReceiverSpanTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private OtlpReceiver receiver;
  private SdkTracerProvider provider;

  @BeforeEach
  void start() {
    receiver = OtlpReceiver.start();
    provider = SdkExporters.tracerProvider(receiver, "none");
  }

  @AfterEach
  void stop() {
    provider.shutdown();
    receiver.close();
  }

  @Test
  void childSpanArrivesWithKindParentAndHexIds() {
    Tracer tracer = provider.get("driftwatch-test");
    Span server = tracer.spanBuilder("POST /ask").setSpanKind(SpanKind.SERVER).startSpan();
    Span client;
    try (Scope ignored = server.makeCurrent()) {
      client = tracer.spanBuilder("chat gpt-4o").setSpanKind(SpanKind.CLIENT).startSpan();
      client.end();
    }
    server.end();
    SdkExporters.flush(provider);

    ReceivedSpan root = receiver.awaitSpans(s -> s.name().equals("POST /ask"), 1, WAIT).get(0);
    ReceivedSpan child = receiver.awaitSpans(s -> s.name().equals("chat gpt-4o"), 1, WAIT).get(0);
    assertEquals("SERVER", root.kind());
    assertEquals("CLIENT", child.kind());
    assertEquals("", root.parentSpanId());
    assertTrue(root.isRoot());
    assertEquals(root.spanId(), child.parentSpanId());
    assertEquals(root.traceId(), child.traceId());
    assertEquals(client.getSpanContext().getTraceId(), child.traceId());
    assertEquals(client.getSpanContext().getSpanId(), child.spanId());
    assertTrue(child.endEpochNanos() >= child.startEpochNanos());
    assertTrue(child.startEpochNanos() > 0);
  }

  @Test
  void attributeTypesArriveAsJavaTypes() {
    provider.get("driftwatch-test").spanBuilder("chat").setSpanKind(SpanKind.CLIENT).startSpan()
        .setAttribute("gen_ai.request.model", "gpt-4o")
        .setAttribute("gen_ai.usage.input_tokens", 42L)
        .setAttribute("gen_ai.request.temperature", 0.25)
        .setAttribute("gen_ai.response.streamed", true)
        .setAttribute(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons"), List.of("stop", "length"))
        .setAttribute(AttributeKey.longArrayKey("test.longs"), List.of(1L, 2L))
        .end();
    SdkExporters.flush(provider);

    ReceivedSpan span = receiver.awaitSpans(s -> s.name().equals("chat"), 1, WAIT).get(0);
    assertEquals("gpt-4o", span.stringAttr("gen_ai.request.model"));
    assertEquals(42L, span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(0.25, span.doubleAttr("gen_ai.request.temperature"));
    assertEquals(Boolean.TRUE, span.boolAttr("gen_ai.response.streamed"));
    assertEquals(List.of("stop", "length"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(List.of(1L, 2L), span.listAttr("test.longs"));
    assertEquals(null, span.stringAttr("not.there"));
  }

  @Test
  void statusEventsResourceAndScopeArrive() {
    Span span = provider.get("driftwatch-test", "1.2.3").spanBuilder("chat").startSpan();
    span.addEvent("gen_ai.choice", Attributes.of(AttributeKey.longKey("index"), 0L));
    span.setStatus(StatusCode.ERROR, "rate limited");
    span.end();
    SdkExporters.flush(provider);

    ReceivedSpan received = receiver.awaitSpans(s -> s.name().equals("chat"), 1, WAIT).get(0);
    assertEquals("INTERNAL", received.kind());
    assertEquals("ERROR", received.statusCode());
    assertEquals("rate limited", received.statusMessage());
    assertEquals(1, received.events().size());
    assertEquals("gen_ai.choice", received.events().get(0).name());
    assertEquals(0L, received.events().get(0).attributes().get("index"));
    assertTrue(received.events().get(0).epochNanos() > 0);
    assertEquals("receiver-test", received.resourceAttributes().get("service.name"));
    assertEquals(7L, received.resourceAttributes().get("test.run"));
    assertEquals("driftwatch-test", received.scopeName());
  }

  @Test
  void unsetStatusAndSpansListAccumulateAcrossRequests() {
    Tracer tracer = provider.get("driftwatch-test");
    tracer.spanBuilder("first").startSpan().end();
    tracer.spanBuilder("second").startSpan().end();
    SdkExporters.flush(provider);

    receiver.awaitSpans(s -> true, 2, WAIT);
    assertEquals(List.of("first", "second"), receiver.spans().stream().map(ReceivedSpan::name).sorted().toList());
    assertEquals("UNSET", receiver.spans().get(0).statusCode());
    assertEquals(2, receiver.requestCount()); // the simple processor exports each span on its own
  }
}
