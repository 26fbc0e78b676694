package io.driftwatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The SDK's java.util.logging records become one short line each, and rejections are counted. */
class SdkLogRoutingTest {

  private final List<String> drops = new ArrayList<>();
  private final SdkLogRouting routing = new SdkLogRouting((reason, message) -> drops.add(reason));

  private static LogRecord record(Level level, String message, Throwable thrown) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName("io.opentelemetry.sdk.metrics.export.PeriodicMetricReader");
    record.setThrown(thrown);
    return record;
  }

  @Test
  void aRecordWithAStackTraceBecomesOneLineNamingTheException() {
    LogRecord record = record(Level.SEVERE, "Failed to export spans. The request could not be executed.",
        new RejectedExecutionException("Task rejected from\njava.util.concurrent.ThreadPoolExecutor[pool size = 5]"));
    String line = routing.lineFor(record);
    assertFalse(line.contains("\n"), line);
    assertTrue(line.contains("PeriodicMetricReader") && line.contains("RejectedExecutionException"), line);
  }

  @Test
  void rejectionsAreCountedAsDrops() {
    routing.publish(record(Level.SEVERE, "Failed to export",
        new IllegalStateException(new RejectedExecutionException("rejected"))));
    routing.publish(record(Level.WARNING, "Exporter timed out", null));
    assertEquals(List.of(SdkLogRouting.REJECTED_REASON), drops);
  }

  @Test
  void numbersInAMessageDoNotMakeANewCondition() {
    assertEquals(SdkLogRouting.conditionKey(record(Level.WARNING, "Server responded with HTTP status code 500", null)),
        SdkLogRouting.conditionKey(record(Level.WARNING, "Server responded with HTTP status code 503", null)));
  }

  /** What the agent wrote to stderr while the records were published. */
  private String stderrWhilePublishing(LogRecord record, int times) {
    PrintStream original = System.err;
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    System.setErr(new PrintStream(written, true));
    try {
      for (int i = 0; i < times; i++) {
        routing.publish(record);
      }
    } finally {
      System.setErr(original);
    }
    return written.toString();
  }

  @Test
  void exportTroubleIsWrittenOnlyOnceItRecurs() {
    LogRecord timeout = record(Level.WARNING, "Exporter timed out after 30 000 ms", null);
    assertEquals("", stderrWhilePublishing(timeout, SdkLogRouting.EXPORT_TROUBLE_LOGGED_FROM - 1),
        "a late export now and then stays out of the application's output");
    assertTrue(stderrWhilePublishing(timeout, 1).contains("Exporter timed out"));
  }

  @Test
  void troubleOutsideExportIsWrittenAtOnce() {
    LogRecord config = record(Level.WARNING, "Unknown sampler argument", null);
    config.setLoggerName("io.opentelemetry.sdk.autoconfigure.TracerProviderConfiguration");
    assertTrue(stderrWhilePublishing(config, 1).contains("Unknown sampler argument"));
  }
}
