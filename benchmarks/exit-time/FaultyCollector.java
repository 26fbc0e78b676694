import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * OTLP/HTTP endpoints on loopback, one per collector fault, for the exit-time benchmark. Prints one
 * line per fault, "fault port", then serves until killed:
 * down (a port nothing listens on), blackhole (accepts TCP, never answers), slow (200 after 10 s),
 * http500, http413, healthy (200 at once).
 */
public final class FaultyCollector {

  public static void main(String[] args) throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    int downPort;
    try (ServerSocket reserved = new ServerSocket(0, 1, loopback)) {
      downPort = reserved.getLocalPort();
    }
    System.out.println("down " + downPort);

    ServerSocket blackHole = new ServerSocket(0, 50, loopback);
    List<Socket> held = new ArrayList<>();
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          held.add(blackHole.accept()); // hold it open, never read, never answer
        }
      } catch (IOException closed) {
        // killed
      }
    });
    acceptor.start();
    System.out.println("blackhole " + blackHole.getLocalPort());

    System.out.println("slow " + answering(loopback, 200, 10_000));
    System.out.println("http500 " + answering(loopback, 500, 0));
    System.out.println("http413 " + answering(loopback, 413, 0));
    System.out.println("healthy " + answering(loopback, 200, 0));
    System.out.flush();
  }

  private static int answering(InetAddress loopback, int status, long delayMillis) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 50);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return server.getAddress().getPort();
  }
}
