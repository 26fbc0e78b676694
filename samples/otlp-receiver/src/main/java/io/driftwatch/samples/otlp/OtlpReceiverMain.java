package io.driftwatch.samples.otlp;

import java.io.PrintStream;

/**
 * Runs the receiver as a local sink for demos: {@code java ... OtlpReceiverMain [--port 4318]}.
 * Prints one line per span and one per gen_ai.* metric point, as they arrive.
 */
public final class OtlpReceiverMain {

  private static final int DEFAULT_PORT = 4318;

  private OtlpReceiverMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port;
    try {
      port = parsePort(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: OtlpReceiverMain [--port N]   (default " + DEFAULT_PORT + ")");
      System.exit(2);
      return;
    }
    OtlpReceiver receiver = OtlpReceiver.start(port, new ConsolePrinter(System.out));
    Runtime.getRuntime().addShutdownHook(new Thread(receiver::close, "otlp-receiver-shutdown"));
    System.out.println("otlp-receiver listening on " + receiver.endpoint() + " (Ctrl-C to stop)");
    System.out.flush();
    Thread.currentThread().join(); // serve until the JVM is stopped
  }

  static int parsePort(String[] args) {
    int port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      String value;
      if (args[i].startsWith("--port=")) {
        value = args[i].substring("--port=".length());
      } else if (args[i].equals("--port") && i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("unknown or incomplete argument: " + args[i]);
      }
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port number: " + value);
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }
    return port;
  }

  /** Prints each arrival at once, so the demo's output follows the app's calls live. */
  private record ConsolePrinter(PrintStream out) implements ReceivedTelemetryListener {

    @Override
    public void onSpan(ReceivedSpan span) {
      print(ConsoleLines.span(span));
    }

    @Override
    public void onMetric(ReceivedMetric metric) {
      ConsoleLines.metric(metric).ifPresent(this::print);
    }

    private void print(String line) {
      synchronized (out) { // workers print concurrently; keep lines whole and flushed
        out.println(line);
        out.flush();
      }
    }
  }
}
