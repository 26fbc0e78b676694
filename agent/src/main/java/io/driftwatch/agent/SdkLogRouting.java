package io.driftwatch.agent;

import io.driftwatch.genai.util.DropCounter;
import io.driftwatch.tooling.AgentLog;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The bundled OpenTelemetry SDK logs through {@code java.util.logging}; left alone, its warnings
 * and stack traces land in the application's stderr. This handler takes over the relocated SDK's
 * root logger and turns each record into one throttled line of the agent's own log, with a stack
 * trace only under {@code -Ddriftwatch.debug=true}. Export rejections are counted as drops. Export
 * trouble (a timed-out or failed export) is written only once it recurs: a busy machine or a
 * collector's pause makes one export late now and then, which is no news for the application's
 * output; a collector that stays away is.
 */
final class SdkLogRouting extends Handler {

  /** The shade plugin rewrites this literal to the relocated package, the name the SDK's loggers have. */
  static final String SDK_LOGGER_ROOT = "io.opentelemetry";
  static final String REJECTED_REASON = "export_rejected";
  private static final int MAX_MESSAGE_CHARS = 300;
  /** The occurrence of one export condition from which it is written (throttled) to the agent's log. */
  static final int EXPORT_TROUBLE_LOGGED_FROM = 3;
  private static final int MAX_EXPORT_CONDITIONS = 256;

  /** Held so the configured logger is not collected and recreated without this handler. */
  private static volatile Logger routedRoot;

  private final DropCounter drops;
  private final SimpleFormatter formatter = new SimpleFormatter();
  private final Map<String, AtomicInteger> exportTrouble = new ConcurrentHashMap<>();

  SdkLogRouting(DropCounter drops) {
    this.drops = drops;
  }

  /** Routes every logger under {@link #SDK_LOGGER_ROOT} here; call before the SDK starts. */
  static void install(DropCounter drops) {
    Logger root = Logger.getLogger(SDK_LOGGER_ROOT);
    root.setUseParentHandlers(false);
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.setLevel(AgentLog.debugEnabled() ? Level.FINE : Level.WARNING);
    root.addHandler(new SdkLogRouting(drops));
    routedRoot = root;
  }

  @Override
  public void publish(LogRecord record) {
    try {
      if (record == null || (record.getLevel().intValue() < Level.WARNING.intValue() && !AgentLog.debugEnabled())) {
        return;
      }
      Throwable thrown = record.getThrown();
      if (isRejection(thrown)) {
        drops.count(REJECTED_REASON, "the exporter's thread pool rejected an export");
      }
      String line = lineFor(record);
      String key = conditionKey(record);
      if (isExportTrouble(record) && !recurred(key)) {
        AgentLog.debug(line);
        return;
      }
      AgentLog.throttled("sdk:" + key, line);
      if (thrown != null) {
        AgentLog.debug("detail of: " + line, thrown);
      }
    } catch (RuntimeException ignored) {
      // the agent's logging never fails the SDK thread that logged
    }
  }

  String lineFor(LogRecord record) {
    StringBuilder line = new StringBuilder("telemetry export: ");
    line.append(record.getLevel().getName().toLowerCase(Locale.ROOT)).append(" from ")
        .append(shortName(record.getLoggerName())).append(": ").append(oneLine(formatter.formatMessage(record)));
    Throwable thrown = record.getThrown();
    if (thrown != null) {
      line.append(" (").append(thrown.getClass().getSimpleName());
      if (thrown.getMessage() != null) {
        line.append(": ").append(oneLine(thrown.getMessage()));
      }
      line.append(')');
    }
    return line.length() > MAX_MESSAGE_CHARS * 2 ? line.substring(0, MAX_MESSAGE_CHARS * 2) + "..." : line.toString();
  }

  /** One key per logger, level and message pattern, with numbers folded so status codes and sizes share it. */
  static String conditionKey(LogRecord record) {
    String pattern = String.valueOf(record.getMessage());
    if (pattern.length() > 120) {
      pattern = pattern.substring(0, 120);
    }
    return record.getLoggerName() + "|" + record.getLevel() + "|" + pattern.replaceAll("[0-9]+", "#");
  }

  /** Records of the SDK's export packages and exporters: readers, processors, senders. */
  static boolean isExportTrouble(LogRecord record) {
    String logger = record.getLoggerName();
    return logger != null && logger.contains(".export");
  }

  private boolean recurred(String key) {
    AtomicInteger seen = exportTrouble.get(key);
    if (seen == null) {
      if (exportTrouble.size() >= MAX_EXPORT_CONDITIONS) {
        return true; // no room to count: write it, throttled as any other
      }
      seen = exportTrouble.computeIfAbsent(key, k -> new AtomicInteger());
    }
    return seen.incrementAndGet() >= EXPORT_TROUBLE_LOGGED_FROM;
  }

  private static boolean isRejection(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RejectedExecutionException) {
        return true;
      }
    }
    return false;
  }

  private static String shortName(String loggerName) {
    if (loggerName == null) {
      return "sdk";
    }
    int dot = loggerName.lastIndexOf('.');
    return dot < 0 ? loggerName : loggerName.substring(dot + 1);
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() > MAX_MESSAGE_CHARS ? flat.substring(0, MAX_MESSAGE_CHARS) + "..." : flat;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
