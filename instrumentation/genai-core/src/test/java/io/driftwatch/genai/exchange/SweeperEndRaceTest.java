package io.driftwatch.genai.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The sweeper asks a stream to end while the application's thread is inside the exchange: the
 * writer, held mid-write by a latch, carries the end out on its way out, and the exchange is
 * submitted once. Latches only: no sleeps, no timing.
 */
class SweeperEndRaceTest {

  private static final LlmEndpoint CHAT = new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT);
  private static final HeaderLookup SSE = name -> "content-type".equalsIgnoreCase(name) ? "text/event-stream" : null;
  private static final byte[] CHUNK = "data: {}\n\n".getBytes(StandardCharsets.UTF_8);

  private final List<LlmExchange> submitted = new CopyOnWriteArrayList<>();
  private final CountDownLatch writerInside = new CountDownLatch(1);
  private final CountDownLatch releaseWriter = new CountDownLatch(1);
  private final AtomicInteger bytesSeen = new AtomicInteger();

  /** Blocks inside its first write until the test lets it go. */
  private final StreamListener blockingListener = new StreamListener() {
    @Override
    public void onBytes(byte[] bytes, int offset, int length) {
      bytesSeen.addAndGet(length);
      writerInside.countDown();
      await(releaseWriter);
    }

    @Override
    public void onBytes(ByteBuffer buffer) {
      onBytes(new byte[buffer.remaining()], 0, buffer.remaining());
    }

    @Override
    public boolean terminalEventSeen() {
      return false;
    }
  };

  private final ProviderProtocols protocols = new ProviderProtocols() {
    @Override
    public LlmEndpoint detect(String host, int port, String path, HeaderLookup headers) {
      return CHAT;
    }

    @Override
    public StreamListener streamFor(LlmEndpoint endpoint, String contentType, long startNanoTime) {
      return blockingListener;
    }
  };

  private LlmExchange streamingExchange() {
    LlmExchange exchange = new LlmExchange(CHAT, new OutboundRequest("api.openai.com", 443, HeaderLookup.NONE, null, -1),
        1024, submitted::add, RequestMetadata.NONE, protocols);
    exchange.onResponseHead(200, SSE, -1);
    return exchange;
  }

  @Test
  void anEndAskedWhileTheWriterIsInsideIsCarriedOutByTheWriterOnce() throws Exception {
    LlmExchange exchange = streamingExchange();
    Thread app = new Thread(() -> exchange.onResponseBytes(CHUNK, 0, CHUNK.length), "app-reader");
    app.start();
    await(writerInside);

    exchange.abandon(); // the sweeper's ask, from this thread, while the writer is held inside

    assertFalse(exchange.isEnded(), "must not end under a writer");
    assertTrue(submitted.isEmpty(), "must not be submitted under a writer");

    releaseWriter.countDown();
    app.join(TimeUnit.SECONDS.toMillis(30));
    assertFalse(app.isAlive());

    assertTrue(exchange.isEnded());
    assertEquals(1, submitted.size());
    assertSame(exchange, submitted.get(0));
    assertEquals(ExchangeOutcome.ABANDONED, exchange.outcome());
    assertEquals(CHUNK.length, bytesSeen.get());
  }

  @Test
  void afterTheEndNothingIsWrittenAndNothingEndsItAgain() throws Exception {
    LlmExchange exchange = streamingExchange();
    releaseWriter.countDown();
    exchange.abandon(); // nobody inside: ends at once

    exchange.onResponseBytes(CHUNK, 0, CHUNK.length);
    exchange.complete();
    exchange.fail(new IllegalStateException("late"));
    exchange.abandon();

    assertEquals(1, submitted.size());
    assertEquals(ExchangeOutcome.ABANDONED, exchange.outcome());
    assertEquals(0, bytesSeen.get());
  }

  @Test
  void theFirstEndAskedWinsOverOnesAskedWhileItWaitsForTheWriter() throws Exception {
    LlmExchange exchange = streamingExchange();
    Thread app = new Thread(() -> exchange.onResponseBytes(CHUNK, 0, CHUNK.length), "app-reader");
    app.start();
    await(writerInside);

    exchange.abandon();
    exchange.fail(new IllegalStateException("second"));
    exchange.complete();

    releaseWriter.countDown();
    app.join(TimeUnit.SECONDS.toMillis(30));
    assertEquals(1, submitted.size());
    assertEquals(ExchangeOutcome.ABANDONED, exchange.outcome());
    assertEquals(null, exchange.failure());
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("latch never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
