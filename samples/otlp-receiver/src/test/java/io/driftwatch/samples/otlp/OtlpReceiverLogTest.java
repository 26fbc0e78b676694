package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Log records from the real SDK's OTLP/HTTP exporter arrive with their event name, span context and attributes. */
class OtlpReceiverLogTest {

  private final OtlpReceiver receiver = OtlpReceiver.start();

  @AfterEach
  void close() {
    receiver.close();
  }

  @Test
  void anEventRecordArrivesWithItsNameSpanContextAndAttributes() {
    SdkLoggerProvider provider = SdkLoggerProvider.builder().setResource(SdkExporters.RESOURCE)
        .addLogRecordProcessor(SimpleLogRecordProcessor.create(OtlpHttpLogRecordExporter.builder()
            .setEndpoint(receiver.endpoint() + "/v1/logs").build()))
        .build();
    SpanContext span = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
        TraceFlags.getSampled(), TraceState.getDefault());
    provider.get("test").logRecordBuilder().setEventName("gen_ai.evaluation.result")
        .setContext(Context.root().with(Span.wrap(span)))
        .setAllAttributes(Attributes.of(AttributeKey.doubleKey("gen_ai.evaluation.score.value"), 0.35))
        .emit();
    provider.forceFlush().join(10, TimeUnit.SECONDS);

    List<ReceivedLog> logs = receiver.awaitLogs(log -> log.eventName().equals("gen_ai.evaluation.result"), 1,
        Duration.ofSeconds(10));
    ReceivedLog log = logs.get(0);
    assertEquals("0af7651916cd43dd8448eb211c80319c", log.traceId());
    assertEquals("b7ad6b7169203331", log.spanId());
    assertEquals(0.35, log.doubleAttr("gen_ai.evaluation.score.value"));
    assertEquals("receiver-test", log.resourceAttributes().get("service.name"));
    provider.close();
  }
}
