package io.driftwatch.agent;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.pipeline.ExchangeAnalyzer;
import io.driftwatch.tooling.AgentLog;
import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The JVM-exit hook: the analyzer finishes its queue, then the SDK makes its final export, all
 * within one budget ({@code otel.instrumentation.genai.shutdown-timeout}). The SDK's shutdown
 * can block for its own timeouts and the exporter's retries, so it runs on a daemon thread and
 * the hook stops waiting when the budget is spent; the JVM then exits without it. Last, the
 * exporters' HTTP clients are stopped so their threads do not hold up the JVM's exit. As the official
 * agent's extension there is no final export of Driftwatch's own: that agent's hook makes it.
 */
final class BoundedShutdown implements Runnable {

  private final ExchangeAnalyzer analyzer;
  private final Supplier<CompletableResultCode> finalExport;
  private final Runnable afterExport;
  private final long budgetMillis;

  BoundedShutdown(ExchangeAnalyzer analyzer, Supplier<CompletableResultCode> finalExport, Runnable afterExport,
      long budgetMillis) {
    this.analyzer = analyzer;
    this.finalExport = finalExport;
    this.afterExport = afterExport;
    this.budgetMillis = budgetMillis;
  }

  @Override
  public void run() {
    // a tenth of the budget (at most 100 ms) is kept for stopping the HTTP clients and the JVM's own
    // exit, so that the whole time the agent adds to the exit stays within the budget
    long reserveMillis = Math.min(100, budgetMillis / 10);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis - reserveMillis);
    long start = System.nanoTime();
    analyzer.shutdown(Math.max(1, budgetMillis / 2));
    AgentLog.debug("exit: analyzer stopped after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
    CountDownLatch exported = new CountDownLatch(1);
    Thread flush = new Thread(() -> {
      try {
        finalExport.get().whenComplete(exported::countDown);
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
    AgentLog.debug("exit: final export " + (finished ? "done" : "not done") + " after "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
    if (!finished) {
      AgentLog.info("final telemetry export abandoned after " + budgetMillis + " ms ("
          + GenAiSettings.SHUTDOWN_TIMEOUT + "); the collector did not take it in time");
    }
    afterExport.run(); // nothing the agent sends is still wanted; the JVM need not wait for their threads
  }
}
