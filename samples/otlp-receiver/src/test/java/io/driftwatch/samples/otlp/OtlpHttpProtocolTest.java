package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of OTLP: compression, content types, paths, bad bodies and bookkeeping. */
class OtlpHttpProtocolTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String PROTOBUF = "application/x-protobuf";

  private OtlpReceiver receiver;

  @BeforeEach
  void start() {
    receiver = OtlpReceiver.start();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void gzipCompressedSdkExportIsDecoded() {
    SdkTracerProvider provider = SdkExporters.tracerProvider(receiver, "gzip");
    provider.get("driftwatch-test").spanBuilder("zipped").startSpan()
        .setAttribute("gen_ai.request.model", "gpt-4o-mini").end();
    SdkExporters.flush(provider);
    provider.shutdown();

    ReceivedSpan span = receiver.awaitSpans(s -> s.name().equals("zipped"), 1, WAIT).get(0);
    assertEquals("gpt-4o-mini", span.stringAttr("gen_ai.request.model"));
  }

  @Test
  void gzipBodyIsAnsweredWithAnEmptyProtobufResponse() throws Exception {
    byte[] body = RawOtlpPost.gzip(RawOtlpPost.oneSpan("raw", "k", "v"));
    HttpResponse<byte[]> response = RawOtlpPost.post(receiver, "/v1/traces", PROTOBUF, "gzip", body);

    assertEquals(200, response.statusCode());
    assertEquals(PROTOBUF, response.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(new byte[0], response.body());
    ReceivedSpan span = receiver.spans().get(0);
    assertEquals("CLIENT", span.kind());
    assertEquals("0102030405060708090a0b0c0d0e0f10", span.traceId());
    assertEquals("ab02030405060708", span.spanId());
  }

  @Test
  void receivedBytesAreDecompressedSoSecretsCanBeFound() throws Exception {
    byte[] body = RawOtlpPost.gzip(RawOtlpPost.oneSpan("raw", "http.request.header.authorization", "sk-secret-123"));
    RawOtlpPost.post(receiver, "/v1/traces", PROTOBUF, "gzip", body);

    String all = new String(receiver.allReceivedBytes(), StandardCharsets.ISO_8859_1);
    assertTrue(all.contains("sk-secret-123"));
  }

  @Test
  void badProtobufIsRejectedWith400AndStoresNothing() throws Exception {
    byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01, 0x02};
    HttpResponse<byte[]> response = RawOtlpPost.post(receiver, "/v1/traces", PROTOBUF, null, garbage);

    assertEquals(400, response.statusCode());
    assertEquals(0, receiver.spans().size());
    assertEquals(0, receiver.requestCount());
    assertArrayEquals(garbage, receiver.allReceivedBytes()); // still scanned for secrets
  }

  @Test
  void corruptGzipIsRejectedWith400() throws Exception {
    HttpResponse<byte[]> response = RawOtlpPost.post(receiver, "/v1/traces", PROTOBUF, "gzip", new byte[] {1, 2, 3});
    assertEquals(400, response.statusCode());
  }

  @Test
  void unknownPathIs404() throws Exception {
    HttpResponse<byte[]> response = RawOtlpPost.post(receiver, "/v1/profiles", PROTOBUF, null, new byte[0]);
    assertEquals(404, response.statusCode());
  }

  @Test
  void jsonIs415BecauseJsonFormatIsNotOnTheClasspath() throws Exception {
    HttpResponse<byte[]> response = RawOtlpPost.post(receiver, "/v1/traces", "application/json", null,
        "{\"resourceSpans\":[]}".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, response.statusCode());
  }

  @Test
  void logsAreAcceptedAndCounted() throws Exception {
    byte[] body = ExportLogsServiceRequest.getDefaultInstance().toByteArray();
    HttpResponse<byte[]> response = RawOtlpPost.post(receiver, "/v1/logs", PROTOBUF, null, body);
    assertEquals(200, response.statusCode());
    assertEquals(1, receiver.requestCount());
  }

  @Test
  void clearForgetsEverything() throws Exception {
    RawOtlpPost.post(receiver, "/v1/traces", PROTOBUF, null, RawOtlpPost.oneSpan("raw", "k", "v"));
    receiver.clear();
    assertEquals(0, receiver.spans().size());
    assertEquals(0, receiver.requestCount());
    assertEquals(0, receiver.allReceivedBytes().length);
  }

  @Test
  void awaitSpansTimeoutNamesWhatDidArrive() throws Exception {
    RawOtlpPost.post(receiver, "/v1/traces", PROTOBUF, null, RawOtlpPost.oneSpan("embeddings", "k", "v"));
    AssertionError error = assertThrows(AssertionError.class,
        () -> receiver.awaitSpans(s -> s.name().equals("chat"), 1, Duration.ofMillis(200)));
    assertTrue(error.getMessage().contains("embeddings (CLIENT)"), error.getMessage());
  }

  @Test
  void awaitMetricTimeoutSaysNoneArrived() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> receiver.awaitMetric("gen_ai.client.operation.duration", null, Duration.ofMillis(100)));
    assertTrue(error.getMessage().contains("gen_ai.client.operation.duration"), error.getMessage());
    assertTrue(error.getMessage().contains("metric names seen: []"), error.getMessage());
  }

  @Test
  void endpointNamesTheLoopbackPort() {
    assertEquals("http://127.0.0.1:" + receiver.port(), receiver.endpoint());
    assertTrue(receiver.port() > 0);
  }
}
