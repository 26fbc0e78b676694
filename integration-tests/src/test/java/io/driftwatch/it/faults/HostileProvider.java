package io.driftwatch.it.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.driftwatch.samples.upstream.LoopbackJsonServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback provider that answers well-formed HTTP with hostile content, on purpose: streams that
 * open a new tool call or carry a long finish reason in every chunk, 400 KB model names and ids,
 * redirect loops on a URL holding an API key, error bodies that echo the key, impossible numbers.
 * Everything is deterministic, so runs with and without the agent can be compared byte for byte.
 */
public final class HostileProvider implements AutoCloseable {

  /** The key the app sends in the URL and in its header; the echo answers put it back. */
  public static final String API_KEY = "sk-proj-HOSTILEk3yVALUE0123456789abcdefXYZ";
  public static final String GEMINI_KEY = "AIzaSyHOSTILE-key_0123456789abcdefghijklmn";
  public static final int STREAM_CHUNKS = 300_000;
  public static final int FINISH_REASON_CHUNKS = 60_000;
  public static final int HUGE_VALUE_CHARS = 400 * 1024;

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  public HostileProvider() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/tool-indexes/v1/chat/completions", exchange -> stream(exchange, STREAM_CHUNKS,
        i -> "{\"id\":\"chatcmpl-h\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"tool_calls\":[{\"index\":" + i + ",\"id\":\"call_" + i + "\",\"type\":\"function\","
            + "\"function\":{\"name\":\"tool_" + i + "\",\"arguments\":\"{\\\"a\\\":\\\"" + "x".repeat(100)
            + "\\\"}\"}}]},\"finish_reason\":null}]}"));
    String longReason = "length_" + "r".repeat(1000);
    server.createContext("/finish-reasons/v1/chat/completions", exchange -> stream(exchange, FINISH_REASON_CHUNKS,
        i -> "{\"id\":\"chatcmpl-h\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":" + i
            + ",\"delta\":{\"content\":\"a\"},\"finish_reason\":\"" + longReason + i + "\"}]}"));
    server.createContext("/huge-model/v1/chat/completions", exchange -> {
      String unique = exchange.getRequestURI().getQuery(); // the app numbers its calls
      String model = "model-" + unique + "-" + "m".repeat(HUGE_VALUE_CHARS);
      String id = "chatcmpl-" + unique + "-" + "i".repeat(HUGE_VALUE_CHARS);
      fixed(exchange, 200, "{\"id\":\"" + id + "\",\"object\":\"chat.completion\",\"model\":\"" + model + "\","
          + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}");
    });
    server.createContext("/v1beta/models/", exchange -> {
      // a redirect loop between two URLs that both carry the caller's key, as a misconfigured gateway does
      String query = exchange.getRequestURI().getRawQuery();
      String path = exchange.getRequestURI().getRawPath();
      String next = query != null && query.contains("hop=1") ? "hop=2" : "hop=1";
      exchange.getResponseHeaders().add("Location", path + "?key=" + GEMINI_KEY + "&" + next);
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(307, -1);
      exchange.close();
    });
    server.createContext("/echo-key/v1/chat/completions", exchange -> fixed(exchange, 401,
        "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY + ".\",\"type\":\"invalid key " + API_KEY
            + "\",\"param\":null,\"code\":\"" + API_KEY + " is not valid\"}}"));
    server.createContext("/absurd-numbers/v1/chat/completions", exchange -> {
      exchange.getResponseHeaders().add("x-ratelimit-remaining-requests", "-9223372036854775808");
      exchange.getResponseHeaders().add("x-ratelimit-remaining-tokens", "99999999999999999");
      exchange.getResponseHeaders().add("retry-after", "Infinity");
      fixed(exchange, 200, "{\"id\":\"chatcmpl-absurd\",\"object\":\"chat.completion\",\"model\":\"gpt-4o\","
          + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":-9223372036854775808,\"completion_tokens\":5000000000000,"
          + "\"total_tokens\":-1,\"prompt_tokens_details\":{\"cached_tokens\":-1e308}}}");
    });
    server.setExecutor(executor);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private interface Chunk {
    String json(int i);
  }

  private static void stream(HttpExchange exchange, int chunks, Chunk chunk) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
      for (int i = 0; i < chunks; i++) {
        out.write(("data: " + chunk.json(i) + "\n\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    } catch (IOException clientWentAway) {
      // the app died or gave up: what the test looks at is the app's own output
    }
    exchange.close();
  }

  private static void fixed(HttpExchange exchange, int status, String json) throws IOException {
    exchange.getRequestBody().readAllBytes();
    LoopbackJsonServer.send(exchange, status, json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
