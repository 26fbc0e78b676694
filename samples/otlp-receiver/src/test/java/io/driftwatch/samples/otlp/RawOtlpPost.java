package io.driftwatch.samples.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPOutputStream;

/** Hand-made OTLP requests, for the cases an SDK exporter never sends (bad bodies, JSON, odd paths). */
final class RawOtlpPost {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private RawOtlpPost() {}

  static HttpResponse<byte[]> post(OtlpReceiver receiver, String path, String contentType,
      String contentEncoding, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(receiver.endpoint() + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentEncoding != null) {
      request.header("Content-Encoding", contentEncoding);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** One root span named {@code name} carrying one string attribute. */
  static byte[] oneSpan(String name, String attributeKey, String attributeValue) {
    Span span = Span.newBuilder()
        .setName(name)
        .setKind(Span.SpanKind.SPAN_KIND_CLIENT)
        .setTraceId(ByteString.copyFrom(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))
        .setSpanId(ByteString.copyFrom(new byte[] {(byte) 0xAB, 2, 3, 4, 5, 6, 7, 8}))
        .addAttributes(KeyValue.newBuilder().setKey(attributeKey)
            .setValue(AnyValue.newBuilder().setStringValue(attributeValue)))
        .build();
    return ExportTraceServiceRequest.newBuilder()
        .addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
        .build()
        .toByteArray();
  }

  static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
