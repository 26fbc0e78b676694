package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An adapter on an event loop says so once, and the exchange passes it to the stream it opens; others fold inline. */
class FoldOffReadingThreadTest {

  private static final LlmEndpoint CHAT = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT);
  private static final HeaderLookup SSE = name -> "content-type".equalsIgnoreCase(name) ? "text/event-stream" : null;

  private final AtomicInteger deferred = new AtomicInteger();

  private final ProviderProtocols protocols = new ProviderProtocols() {
    @Override
    public LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
      return CHAT;
    }

    @Override
    public StreamListener streamFor(LlmEndpoint endpoint, String contentType, long startNanoTime) {
      return new StreamListener() {
        @Override
        public void onBytes(byte[] bytes, int offset, int length) {}

        @Override
        public void onBytes(ByteBuffer buffer) {}

        @Override
        public void deferFolding() {
          deferred.incrementAndGet();
        }

        @Override
        public boolean terminalEventSeen() {
          return false;
        }
      };
    }
  };

  private LlmExchange exchange() {
    return new LlmExchange(CHAT, new OutboundRequest("api.openai.com", 443, HeaderLookup.NONE, null, -1),
        1024, exchange -> { }, RequestMetadata.NONE, protocols);
  }

  @Test
  void anEventLoopAdapterDefersTheStreamsFolding() {
    LlmExchange exchange = exchange();
    exchange.foldOffReadingThread();
    exchange.onResponseHead(200, SSE, -1);
    assertEquals(1, deferred.get());
  }

  @Test
  void otherAdaptersFoldAsTheBytesPass() {
    exchange().onResponseHead(200, SSE, -1);
    assertEquals(0, deferred.get());
  }
}
