package io.driftwatch.samples.otlp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real OTLP/HTTP receiver on the loopback interface: it decodes the official protobuf export
 * requests and keeps every span, metric point and log record for tests to read or wait for.
 *
 * <pre>{@code
 * try (OtlpReceiver receiver = OtlpReceiver.start()) {
 *   // point the exporter at receiver.endpoint(), run the app, then:
 *   receiver.awaitSpans(s -> s.name().startsWith("chat"), 1, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class OtlpReceiver implements AutoCloseable {

  // A few workers, so a test slow to read never blocks an exporter mid-request.
  private static final int WORKER_THREADS = 4;
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService workers;
  private final ReceivedTelemetry telemetry;
  private OtlpGrpcListener grpc; // started on the first grpcEndpoint() call

  private OtlpReceiver(HttpServer server, ExecutorService workers, ReceivedTelemetry telemetry) {
    this.server = server;
    this.workers = workers;
    this.telemetry = telemetry;
  }

  /** Listens on 127.0.0.1 on a free port. */
  public static OtlpReceiver start() {
    return start(0);
  }

  /** Listens on 127.0.0.1:{@code port}; 0 picks a free port. */
  public static OtlpReceiver start(int port) {
    return start(port, ReceivedTelemetryListener.NONE);
  }

  static OtlpReceiver start(int port, ReceivedTelemetryListener listener) {
    ReceivedTelemetry telemetry = new ReceivedTelemetry(listener);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads());
    server.setExecutor(workers);
    server.createContext("/", new OtlpHttpHandler(telemetry));
    server.start();
    return new OtlpReceiver(server, workers, telemetry);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Base URL; OTLP/HTTP exporters append /v1/traces, /v1/metrics or /v1/logs. */
  public String endpoint() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * Base URL of an OTLP/gRPC listener on 127.0.0.1 (a free port) that feeds this same receiver;
   * started on the first call.
   */
  public synchronized String grpcEndpoint() {
    if (grpc == null) {
      grpc = OtlpGrpcListener.start(telemetry);
    }
    return "http://127.0.0.1:" + grpc.port();
  }

  /** Every span received so far, in arrival order. */
  public List<ReceivedSpan> spans() {
    return telemetry.spans();
  }

  /** Every metric data point received so far, in arrival order (cumulative exports repeat points). */
  public List<ReceivedMetric> metrics() {
    return telemetry.metrics();
  }

  /** Every log record received so far (the log-based events), in arrival order. */
  public List<ReceivedLog> logs() {
    return telemetry.logs();
  }

  /**
   * Waits until at least {@code count} received log records match, and returns all that match.
   *
   * @throws AssertionError on timeout, naming the event names that did arrive
   */
  public List<ReceivedLog> awaitLogs(Predicate<ReceivedLog> match, int count, Duration timeout) {
    return telemetry.awaitLogs(Objects.requireNonNull(match, "match"), count, timeout);
  }

  /**
   * Waits until at least {@code count} received spans match, and returns all that match.
   *
   * @throws AssertionError on timeout, naming every span that did arrive
   */
  public List<ReceivedSpan> awaitSpans(Predicate<ReceivedSpan> match, int count, Duration timeout) {
    return telemetry.awaitSpans(Objects.requireNonNull(match, "match"), count, timeout);
  }

  /**
   * Waits for a point of metric {@code name} that matches ({@code null} matches any), and returns
   * the most recently received one.
   *
   * @throws AssertionError on timeout, naming the metrics that did arrive
   */
  public ReceivedMetric awaitMetric(String name, Predicate<ReceivedMetric> match, Duration timeout) {
    return telemetry.awaitMetric(name, match == null ? point -> true : match, timeout);
  }

  /**
   * Every request body received on a signal path, decompressed and concatenated, including bodies
   * that failed to decode: what a secret-scanning test needs to search.
   */
  public byte[] allReceivedBytes() {
    return telemetry.allBodies();
  }

  /** Export requests accepted (answered 200) since start or the last {@link #clear()}. */
  public int requestCount() {
    return telemetry.acceptedRequests();
  }

  /** Forgets spans, metric points, log records, bodies and the request count. */
  public void clear() {
    telemetry.clear();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (grpc != null) {
        grpc.close();
      }
    }
    server.stop(0);
    workers.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    int instance = INSTANCES.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, "otlp-receiver-" + instance + "-" + thread.incrementAndGet());
      t.setDaemon(true); // a receiver a test forgot to close must not keep the JVM alive
      return t;
    };
  }
}
