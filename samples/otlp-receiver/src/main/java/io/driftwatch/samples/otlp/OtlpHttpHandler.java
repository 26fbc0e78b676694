package io.driftwatch.samples.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * OTLP/HTTP with binary protobuf bodies: POST /v1/traces, /v1/metrics and /v1/logs.
 * JSON bodies get 415 because protobuf-java-util (JsonFormat) is not on this module's classpath.
 */
final class OtlpHttpHandler implements HttpHandler {

  static final String PROTOBUF = "application/x-protobuf";

  private final ReceivedTelemetry telemetry;

  OtlpHttpHandler(ReceivedTelemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      handleExport(exchange);
    } catch (RuntimeException e) {
      // Without a reply the exporter would hang until its own timeout; say what broke instead.
      replyText(exchange, 500, "receiver failed: " + e);
    } finally {
      exchange.close();
    }
  }

  private void handleExport(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (!isSignalPath(path)) {
      replyText(exchange, 404, "no OTLP signal at " + path + "; use /v1/traces, /v1/metrics or /v1/logs");
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      replyText(exchange, 405, "OTLP export requires POST");
      return;
    }
    String contentType = mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (!contentType.isEmpty() && !contentType.equals(PROTOBUF)) {
      replyText(exchange, 415, "unsupported content type '" + contentType + "'; send " + PROTOBUF
          + " (JSON needs protobuf-java-util, which this receiver does not ship)");
      return;
    }
    String encoding = mediaType(exchange.getRequestHeaders().getFirst("Content-Encoding"));
    if (!encoding.isEmpty() && !encoding.equals("gzip") && !encoding.equals("identity")) {
      replyText(exchange, 415, "unsupported content encoding '" + encoding + "'; use gzip or none");
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] raw = in.readAllBytes();
      body = encoding.equals("gzip") ? gunzip(raw) : raw;
    } catch (IOException e) {
      replyText(exchange, 400, "cannot read body: " + e.getMessage());
      return;
    }
    // Recorded before decoding: a secret scan must see every byte that reached us, valid or not.
    telemetry.recordBody(body);
    try {
      replyProtobuf(exchange, decode(path, body));
    } catch (InvalidProtocolBufferException e) {
      replyText(exchange, 400, "body is not a valid OTLP protobuf message for " + path + ": " + e.getMessage());
    }
  }

  /** Decodes and stores one export request; returns the (empty) serialized response to send. */
  private byte[] decode(String path, byte[] body) throws InvalidProtocolBufferException {
    switch (path) {
      case "/v1/traces":
        telemetry.acceptSpans(SpanFlattener.flatten(ExportTraceServiceRequest.parseFrom(body)));
        return ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      case "/v1/metrics":
        telemetry.acceptMetrics(MetricFlattener.flatten(ExportMetricsServiceRequest.parseFrom(body)));
        return ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
      default:
        telemetry.acceptLogs(LogFlattener.flatten(ExportLogsServiceRequest.parseFrom(body)));
        return ExportLogsServiceResponse.getDefaultInstance().toByteArray();
    }
  }

  private static boolean isSignalPath(String path) {
    return path.equals("/v1/traces") || path.equals("/v1/metrics") || path.equals("/v1/logs");
  }

  /** "Application/X-Protobuf; charset=x" -> "application/x-protobuf"; absent -> "". */
  private static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private static byte[] gunzip(byte[] compressed) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    }
  }

  private static void replyProtobuf(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", PROTOBUF);
    send(exchange, 200, body);
  }

  private static void replyText(HttpExchange exchange, int status, String message) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    send(exchange, status, message.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    // -1 announces an empty body (Content-Length: 0); 0 would mean chunked.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
