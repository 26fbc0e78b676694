package io.driftwatch.testing;

import io.driftwatch.genai.exchange.ExchangeSink;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.util.DropCounter;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the analyzer: keeps every exchange an instrumentation ends, in the order they end,
 * and every failure an instrumentation reports (which in production it swallows).
 */
public final class RecordingSink implements ExchangeSink, DropCounter {

  /** A bound on waiting for an exchange a client ends on its own thread; never a timing assertion. */
  private static final long AWAIT_SECONDS = 10;

  private final BlockingQueue<LlmExchange> ended = new LinkedBlockingQueue<>();
  private final List<String> failures = new CopyOnWriteArrayList<>();

  @Override
  public void submit(LlmExchange exchange) {
    ended.add(exchange);
  }

  @Override
  public void count(String reason, String firstTimeMessage) {
    failures.add(reason + ": " + firstTimeMessage);
  }

  /** The next exchange to end, waiting for it if a client thread has not ended it yet. */
  public LlmExchange awaitNext() throws InterruptedException {
    LlmExchange next = ended.poll(AWAIT_SECONDS, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("no exchange ended within " + AWAIT_SECONDS + " s");
    }
    return next;
  }

  /** Exchanges ended and not yet taken by {@link #awaitNext()}; does not wait. */
  public List<LlmExchange> pending() {
    return List.copyOf(ended);
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }

  public void clear() {
    ended.clear();
    failures.clear();
  }
}
