package io.driftwatch.genai.testing;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Drives an exchange the way an HTTP client adapter does, through {@link LlmExchanges} only. */
public final class Exchanges {

  public static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  public static final HeaderLookup JSON_CONTENT = header("content-type", "application/json");
  public static final HeaderLookup EVENT_STREAM = header("content-type", "text/event-stream; charset=utf-8");

  private Exchanges() {}

  public static HeaderLookup header(String name, String value) {
    return asked -> name.equalsIgnoreCase(asked) ? value : null;
  }

  /** Detects and starts a call as an adapter would; fails if the request is not detected. */
  public static LlmExchange start(String host, int port, String path, HeaderLookup headers, String traceparent,
      byte[] requestBody) {
    LlmEndpoint endpoint = LlmExchanges.detect(host, port, path, headers);
    if (endpoint == null) {
      throw new AssertionError("not detected as an LLM call: " + host + ":" + port + path);
    }
    HeaderLookup sent = name -> "traceparent".equalsIgnoreCase(name) ? traceparent : headers.get(name);
    return LlmExchanges.start(endpoint,
        new OutboundRequest(host, port, sent, requestBody, requestBody == null ? -1 : requestBody.length));
  }

  public static LlmExchange openAiChat(String requestTranscript) {
    return start("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE, TRACEPARENT,
        Transcripts.bytes(requestTranscript));
  }

  /** Head, then the body in two chunks (an array and a buffer), then the end of the body. */
  public static void respond(LlmExchange exchange, int status, byte[] body) {
    exchange.onResponseHead(status, JSON_CONTENT, body.length);
    int half = body.length / 2;
    exchange.onResponseBytes(body, 0, half);
    exchange.onResponseBytes(ByteBuffer.wrap(body, half, body.length - half));
    exchange.complete();
  }

  /** A 200 event stream, delivered one line at a time as a client reads it. */
  public static void respondStream(LlmExchange exchange, String transcript) {
    exchange.onResponseHead(200, EVENT_STREAM, -1);
    for (String line : Transcripts.text(transcript).split("(?<=\n)")) {
      exchange.onResponseBytes(ByteBuffer.wrap(utf8(line)));
    }
    exchange.complete();
  }

  public static void respond(LlmExchange exchange, int status, String transcript) {
    respond(exchange, status, Transcripts.bytes(transcript));
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
