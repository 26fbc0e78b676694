package io.driftwatch.instrumentation.netty.helper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.genai.exchange.ExchangeOutcome;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.testing.RecordingSink;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2Stream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The streams observer alone on a channel, fed the frames a client's frame codec passes: streams
 * interleaved on one connection each become their own exchange with their own bytes, the
 * application's buffers are left as they were, and a server's frames are ignored.
 */
class Http2StreamsObserverTest {

  private final RecordingSink sink = new RecordingSink();
  private final EmbeddedChannel connection = new EmbeddedChannel(new Http2StreamsObserver());

  @BeforeEach
  void installCore() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 1 << 20, sink, null, sink);
  }

  @AfterEach
  void close() {
    connection.finishAndReleaseAll();
    assertEquals(List.of(), sink.failures(), "failures the observer swallowed");
  }

  /** A client stream before the codec gives it an id: identity is all the observer may rely on. */
  private static final class Stream implements Http2FrameStream {
    private Http2Stream.State state = Http2Stream.State.OPEN;

    @Override
    public int id() {
      return -1;
    }

    @Override
    public Http2Stream.State state() {
      return state;
    }
  }

  private static Http2Headers request(String path) {
    return request("api.openai.com", path);
  }

  private static Http2Headers request(String authority, String path) {
    return new DefaultHttp2Headers().method("POST").scheme("https").authority(authority).path(path)
        .set("content-type", "application/json");
  }

  private static Http2DataFrame data(Stream stream, String text, boolean end) {
    return new DefaultHttp2DataFrame(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8), end).stream(stream);
  }

  private static String bodyOf(LlmExchange exchange) {
    return new String(Arrays.copyOf(exchange.responseBody().bytes(), exchange.responseBody().size()), StandardCharsets.UTF_8);
  }

  @Test
  void interleavedStreamsEachGetTheirOwnRequestAndResponseBytes() throws Exception {
    Stream first = new Stream();
    Stream second = new Stream();
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("/v1/chat/completions")).stream(first));
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("/v1/chat/completions")).stream(second));
    connection.writeOutbound(data(first, "{\"model\":\"gpt-4o\",", false));
    connection.writeOutbound(data(second, "{\"model\":\"gpt-4o-mini\",", false));
    connection.writeOutbound(data(second, "\"messages\":[]}", true));
    connection.writeOutbound(data(first, "\"messages\":[{}]}", true));
    Http2Headers ok = new DefaultHttp2Headers().status("200").set("content-type", "application/json");
    connection.writeInbound(new DefaultHttp2HeadersFrame(ok).stream(second));
    connection.writeInbound(new DefaultHttp2HeadersFrame(ok).stream(first));
    connection.writeInbound(data(first, "{\"id\":\"first\",", false));
    connection.writeInbound(data(second, "{\"id\":\"second\"}", true));
    connection.writeInbound(data(first, "\"object\":\"chat.completion\"}", true));

    Map<String, LlmExchange> byRequest = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      LlmExchange exchange = sink.awaitNext();
      byRequest.put(new String(exchange.requestBody(), StandardCharsets.UTF_8), exchange);
    }
    LlmExchange firstCall = byRequest.get("{\"model\":\"gpt-4o\",\"messages\":[{}]}");
    LlmExchange secondCall = byRequest.get("{\"model\":\"gpt-4o-mini\",\"messages\":[]}");
    assertEquals("{\"id\":\"first\",\"object\":\"chat.completion\"}", bodyOf(firstCall));
    assertEquals("{\"id\":\"second\"}", bodyOf(secondCall));
    assertEquals(ExchangeOutcome.COMPLETED, firstCall.outcome());
    assertEquals(200, secondCall.statusCode());
    assertEquals("api.openai.com", firstCall.serverAddress());
  }

  @Test
  void theApplicationsBuffersKeepTheirIndexesAndReferenceCounts() {
    Stream stream = new Stream();
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("/v1/chat/completions")).stream(stream));
    Http2DataFrame body = data(stream, "{\"model\":\"gpt-4o\"}", true);
    ByteBuf content = body.content();
    int readerIndex = content.readerIndex();

    connection.writeOutbound(body);

    assertEquals(readerIndex, content.readerIndex());
    assertEquals(1, content.refCnt());
    assertSame(body, drainUntilData(), "the frame went on as it came");
  }

  private Object drainUntilData() {
    for (Object written = connection.readOutbound(); written != null; written = connection.readOutbound()) {
      if (written instanceof Http2DataFrame) {
        return written;
      }
    }
    return null;
  }

  @Test
  void aStreamTheServerResetsIsAFailedCallAndOneTheClientResetsEndsEarly() throws Exception {
    Stream resetByServer = new Stream();
    Stream resetByClient = new Stream();
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("/v1/chat/completions"), true).stream(resetByServer));
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("/v1/chat/completions"), true).stream(resetByClient));

    connection.writeInbound(new DefaultHttp2ResetFrame(Http2Error.REFUSED_STREAM).stream(resetByServer));
    LlmExchange refused = sink.awaitNext();
    connection.writeOutbound(new DefaultHttp2ResetFrame(Http2Error.CANCEL).stream(resetByClient));
    LlmExchange cancelled = sink.awaitNext();

    assertEquals(ExchangeOutcome.FAILED, refused.outcome());
    assertEquals(ExchangeOutcome.CLOSED_EARLY, cancelled.outcome());
  }

  @Test
  void openCallsFailWhenTheConnectionCloses() throws Exception {
    Stream stream = new Stream();
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("/v1/chat/completions"), true).stream(stream));
    connection.writeInbound(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers().status("200")
        .set("content-type", "text/event-stream")).stream(stream));

    connection.close();

    assertEquals(ExchangeOutcome.FAILED, sink.awaitNext().outcome());
  }

  @Test
  void aServersStreamsAndOtherRequestsMakeNoCall() {
    Stream served = new Stream();
    Stream other = new Stream();
    connection.writeOutbound(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers().status("200")).stream(served));
    connection.writeOutbound(new DefaultHttp2HeadersFrame(request("orders.example", "/api/orders"), true).stream(other));
    connection.writeInbound(new DefaultHttp2HeadersFrame(new DefaultHttp2Headers().status("200"), true).stream(other));

    assertEquals(List.of(), sink.pending());
  }
}
