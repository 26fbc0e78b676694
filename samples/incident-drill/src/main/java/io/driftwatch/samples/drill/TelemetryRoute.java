package io.driftwatch.samples.drill;

import io.driftwatch.samples.otlp.OtlpReceiver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.Socket;

/**
 * Where the app's telemetry goes. The drill always reads it from its own in-process receiver on a
 * free port; when a collector answers (on 127.0.0.1:4318, or where --collector says), a tee sends
 * every export to the collector as well, so Jaeger and Prometheus see the drill too.
 */
final class TelemetryRoute implements AutoCloseable {

  static final String DEFAULT_COLLECTOR = "http://127.0.0.1:4318";
  private static final int PROBE_TIMEOUT_MILLIS = 300;

  private final OtlpReceiver receiver;
  private final OtlpTee tee;
  private final String description;

  private TelemetryRoute(OtlpReceiver receiver, OtlpTee tee, String description) {
    this.receiver = receiver;
    this.tee = tee;
    this.description = description;
  }

  /** @param collector "auto" (probe 127.0.0.1:4318), "none", or a collector's OTLP/HTTP base URL */
  static TelemetryRoute open(String collector) {
    OtlpReceiver receiver = OtlpReceiver.start(0);
    String target = collector.equals("auto") ? DEFAULT_COLLECTOR : collector;
    if (collector.equals("none") || !answers(target)) {
      String why = collector.equals("none") ? "--collector none" : "no collector answers on " + hostPort(target);
      return new TelemetryRoute(receiver, null,
          "telemetry: to the drill's own OTLP receiver on " + receiver.endpoint() + "\n           (" + why + ")");
    }
    OtlpTee tee = OtlpTee.start(target, receiver.endpoint());
    return new TelemetryRoute(receiver, tee, "telemetry: to the collector on " + hostPort(target)
        + " (Jaeger, Prometheus)\n           and to the drill's own receiver on " + receiver.endpoint()
        + ",\n           through a tee on " + tee.endpoint());
  }

  OtlpReceiver receiver() {
    return receiver;
  }

  /** What the app's OTEL_EXPORTER_OTLP_ENDPOINT is set to. */
  String appEndpoint() {
    return tee != null ? tee.endpoint() : receiver.endpoint();
  }

  /** Where telemetry goes, in lines of at most 80 characters. */
  String description() {
    return description;
  }

  private static boolean answers(String url) {
    URI uri = URI.create(url);
    int port = uri.getPort() > 0 ? uri.getPort() : 4318;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), PROBE_TIMEOUT_MILLIS);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String hostPort(String url) {
    return url.replaceFirst("^https?://", "");
  }

  @Override
  public void close() {
    if (tee != null) {
      tee.close();
    }
    receiver.close();
  }
}
