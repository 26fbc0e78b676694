package io.driftwatch.agent;

import io.driftwatch.genai.analysis.ExchangeAnalyzer;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.tooling.AgentLog;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The JVM-exit hook: the analyzer finishes its queue, then the SDK makes its final export, all
 * within one budget ({@code otel.instrumentation.genai.shutdown-timeout}). The SDK's shutdown
 * can block for its own timeouts and the exporter's retries, so it runs on a daemon thread and
 * the hook stops waiting when the budget is spent; the JVM then exits without it.
 */
final class BoundedShutdown implements Runnable {

  private final ExchangeAnalyzer analyzer;
  private final OpenTelemetrySdk sdk;
  private final long budgetMillis;

  BoundedShutdown(ExchangeAnalyzer analyzer, OpenTelemetrySdk sdk, long budgetMillis) {
    this.analyzer = analyzer;
    this.sdk = sdk;
    this.budgetMillis = budgetMillis;
  }

  @Override
  public void run() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    analyzer.shutdown(Math.max(1, budgetMillis / 2));
    CountDownLatch exported = new CountDownLatch(1);
    Thread flush = new Thread(() -> {
      try {
        sdk.shutdown().whenComplete(exported::countDown);
      } catch (RuntimeException e) {
        exported.countDown();
      }
    }, "driftwatch-final-export");
    flush.setDaemon(true);
    flush.start();
    boolean finished;
    try {
      finished = exported.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (!finished) {
      AgentLog.info("final telemetry export abandoned after " + budgetMillis + " ms ("
          + GenAiSettings.SHUTDOWN_TIMEOUT + "); the collector did not take it in time");
    }
  }
}
