package io.driftwatch.samples.otlp;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.logs.v1.LogsServiceGrpc;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.MetricsServiceGrpc;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.TraceServiceGrpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * OTLP/gRPC on 127.0.0.1, as a collector's port 4317 serves it: the three export services generated
 * from the official definitions, feeding the same store as the OTLP/HTTP handler.
 */
final class OtlpGrpcListener implements AutoCloseable {

  private final Server server;

  private OtlpGrpcListener(Server server) {
    this.server = server;
  }

  static OtlpGrpcListener start(ReceivedTelemetry telemetry) {
    Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .addService(new TraceServiceGrpc.TraceServiceImplBase() {
          @Override
          public void export(ExportTraceServiceRequest request, StreamObserver<ExportTraceServiceResponse> reply) {
            telemetry.recordBody(request.toByteArray());
            telemetry.acceptSpans(SpanFlattener.flatten(request));
            answer(reply, ExportTraceServiceResponse.getDefaultInstance());
          }
        })
        .addService(new MetricsServiceGrpc.MetricsServiceImplBase() {
          @Override
          public void export(ExportMetricsServiceRequest request, StreamObserver<ExportMetricsServiceResponse> reply) {
            telemetry.recordBody(request.toByteArray());
            telemetry.acceptMetrics(MetricFlattener.flatten(request));
            answer(reply, ExportMetricsServiceResponse.getDefaultInstance());
          }
        })
        .addService(new LogsServiceGrpc.LogsServiceImplBase() {
          @Override
          public void export(ExportLogsServiceRequest request, StreamObserver<ExportLogsServiceResponse> reply) {
            telemetry.recordBody(request.toByteArray());
            telemetry.acceptLogs(LogFlattener.flatten(request));
            answer(reply, ExportLogsServiceResponse.getDefaultInstance());
          }
        })
        .build();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for OTLP/gRPC on 127.0.0.1", e);
    }
    return new OtlpGrpcListener(server);
  }

  int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private static <T> void answer(StreamObserver<T> reply, T response) {
    reply.onNext(response);
    reply.onCompleted();
  }
}
