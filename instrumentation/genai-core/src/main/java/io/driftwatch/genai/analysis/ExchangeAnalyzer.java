package io.driftwatch.genai.analysis;

import io.driftwatch.genai.emit.GenAiMetrics;
import io.driftwatch.genai.emit.GenAiSpanEmitter;
import io.driftwatch.genai.exchange.ExchangeSink;
import io.driftwatch.genai.exchange.LlmExchange;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Moves analysis off the application's threads: finished exchanges go into a bounded queue (a
 * full queue drops and counts, never blocks) and one daemon thread parses and emits them.
 */
public final class ExchangeAnalyzer implements ExchangeSink {

  static final String QUEUE_FULL = "queue_full";
  static final String ANALYZER_FAILED = "analyzer_failed";

  private final BlockingQueue<LlmExchange> queue;
  private final CallAnalyzer analyzer;
  private final GenAiSpanEmitter spans;
  private final GenAiMetrics metrics;
  private final DropCounter drops;
  private final Thread worker;
  private volatile boolean running = true;

  public ExchangeAnalyzer(int capacity, GenAiSpanEmitter spans, GenAiMetrics metrics, DropCounter drops) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.analyzer = new CallAnalyzer(drops);
    this.spans = spans;
    this.metrics = metrics;
    this.drops = drops;
    this.worker = new Thread(this::drain, "driftwatch-analyzer");
    this.worker.setDaemon(true);
  }

  public ExchangeAnalyzer start() {
    worker.start();
    return this;
  }

  @Override
  public void submit(LlmExchange exchange) {
    if (!queue.offer(exchange)) {
      drops.count(QUEUE_FULL, "analysis queue full; dropping calls until it drains");
    }
  }

  private void drain() {
    while (running || !queue.isEmpty()) {
      LlmExchange exchange;
      try {
        exchange = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (exchange != null) {
        process(exchange);
      }
    }
  }

  /** Analyses and emits one call; visible for tests that run without the worker thread. */
  void process(LlmExchange exchange) {
    try {
      AnalyzedCall analyzed = analyzer.analyze(exchange);
      spans.emit(analyzed);
      metrics.record(analyzed);
    } catch (Throwable t) {
      drops.count(ANALYZER_FAILED, "analysis failed: " + t);
    }
  }

  /** Emits what is queued, then stops the worker; called from the agent's shutdown hook. */
  public void shutdown(long timeoutMillis) {
    running = false;
    try {
      worker.join(timeoutMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
