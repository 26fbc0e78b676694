package io.driftwatch.it.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback HTTP/1.1 server on a raw socket, so it can do what a well-behaved server library will
 * not: cut a body short, reset the connection, stall mid-stream. One request per connection.
 */
public final class FaultyProvider implements AutoCloseable {

  private final ServerSocket server;

  public FaultyProvider() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "faulty-provider");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread handler = new Thread(() -> serve(socket), "faulty-provider-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String path = readRequest(in);
      ProviderFault fault = path == null ? null : ProviderFault.fromPath(path);
      OutputStream out = socket.getOutputStream();
      if (fault == null) {
        out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        fault.respond(socket, out);
      }
      if (!socket.isClosed()) {
        out.flush();
      }
    } catch (IOException ignored) {
      // the client went away, or the fault closed the socket itself
    }
  }

  /** Reads the request head and a Content-Length body; returns the path. */
  private static String readRequest(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null) {
      return null;
    }
    long contentLength = 0;
    for (String header; (header = line(in)) != null && !header.isEmpty(); ) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        contentLength = Long.parseLong(lower.substring("content-length:".length()).trim());
      }
    }
    in.skipNBytes(contentLength);
    String[] parts = requestLine.split(" ");
    return parts.length > 1 ? parts[1] : null;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        return line.toString(StandardCharsets.US_ASCII).stripTrailing();
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
