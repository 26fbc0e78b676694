package io.driftwatch.samples.standin;

import java.util.concurrent.CountDownLatch;

/** Runs the stand-in on its own, for demos: {@code --port N} (default 18080). */
public final class ProviderStandInMain {

  static final int DEFAULT_PORT = 18080;

  private ProviderStandInMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port;
    try {
      port = portFrom(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ProviderStandInMain [--port N]");
      System.exit(2);
      return;
    }
    ProviderStandIn standIn = ProviderStandIn.start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "provider-stand-in-stop"));
    System.out.println("provider stand-in listening on " + standIn.baseUrl());
    new CountDownLatch(1).await(); // serve until the process is stopped
  }

  static int portFrom(String[] args) {
    int port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      String value;
      if (args[i].equals("--port")) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("--port needs a value");
        }
        value = args[++i];
      } else if (args[i].startsWith("--port=")) {
        value = args[i].substring("--port=".length());
      } else {
        throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
      try {
        port = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--port needs a number, got: " + value);
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("--port out of range: " + port);
      }
    }
    return port;
  }
}
