package io.driftwatch.genai.pipeline;

import io.driftwatch.genai.analysis.AnalyzedCall;
import io.driftwatch.genai.analysis.CallAnalyzer;
import io.driftwatch.genai.analysis.checks.DuplicateOutputCheck;
import io.driftwatch.genai.analysis.checks.FormatComplianceCheck;
import io.driftwatch.genai.analysis.checks.OutputShapeCheck;
import io.driftwatch.genai.analysis.checks.RefusalCheck;
import io.driftwatch.genai.analysis.checks.RefusalLexicon;
import io.driftwatch.genai.analysis.content.ContentRedactor;
import io.driftwatch.genai.analysis.content.MessageContentCapture;
import io.driftwatch.genai.analysis.cost.CostCalculator;
import io.driftwatch.genai.analysis.cost.PriceTable;
import io.driftwatch.genai.analysis.outcome.RetryDetector;
import io.driftwatch.genai.analysis.report.CallReport;
import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.emit.AttributeValueCap;
import io.driftwatch.genai.emit.CallAttributes;
import io.driftwatch.genai.emit.GenAiMetrics;
import io.driftwatch.genai.emit.GenAiSpanEmitter;
import io.driftwatch.genai.emit.LogEvents;
import io.driftwatch.genai.emit.MetricAttributes;
import io.driftwatch.genai.emit.SignalMetrics;
import io.driftwatch.genai.emit.quality.QualityEmitter;
import io.driftwatch.genai.emit.quality.QualityScore;
import io.driftwatch.genai.emit.quality.RecentCalls;
import io.driftwatch.genai.exchange.ExchangeSink;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.replay.ReplayRecorder;
import io.driftwatch.genai.util.DropCounter;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Moves analysis off the application's threads: finished exchanges go into a bounded queue (a
 * full queue drops and counts, never blocks) and one daemon thread parses and emits them.
 */
public final class ExchangeAnalyzer implements ExchangeSink {

  static final int QUEUE_CAPACITY = 4096;
  static final String QUEUE_FULL = "queue_full";
  static final String ANALYZER_FAILED = "analyzer_failed";

  /** Finished exchanges and quality scores, in arrival order: a score follows the call it scores. */
  private final BlockingQueue<Object> queue;
  private final RecentCalls recentCalls;
  private final QualityEmitter quality;
  private final CallAnalyzer analyzer;
  private final GenAiSpanEmitter spans;
  private final GenAiMetrics metrics;
  private final SignalMetrics signals;
  private final MetricAttributes metricAttributes;
  private final DropCounter drops;
  /** Null when no replay set is kept. */
  private final ReplayRecorder replay;
  /** Vector-store and MCP calls; null in pipelines built for LLM calls alone. */
  private final UpstreamCalls upstream;
  private final Thread worker;
  private final Set<LlmExchange> watchedStreams = ConcurrentHashMap.newKeySet();
  private final long streamIdleTimeoutNanos;
  private long lastSweepNanoTime = System.nanoTime();
  private volatile boolean running = true;

  public ExchangeAnalyzer(int capacity, CallAnalyzer analyzer, GenAiSpanEmitter spans,
      MetricAttributes metricAttributes, GenAiMetrics metrics, SignalMetrics signals, RecentCalls recentCalls,
      QualityEmitter quality, DropCounter drops, long streamIdleTimeoutMillis, ReplayRecorder replay) {
    this(capacity, analyzer, spans, metricAttributes, metrics, signals, recentCalls, quality, drops,
        streamIdleTimeoutMillis, replay, null);
  }

  ExchangeAnalyzer(int capacity, CallAnalyzer analyzer, GenAiSpanEmitter spans,
      MetricAttributes metricAttributes, GenAiMetrics metrics, SignalMetrics signals, RecentCalls recentCalls,
      QualityEmitter quality, DropCounter drops, long streamIdleTimeoutMillis, ReplayRecorder replay,
      UpstreamCalls upstream) {
    this.replay = replay;
    this.upstream = upstream;
    this.recentCalls = recentCalls;
    this.streamIdleTimeoutNanos = streamIdleTimeoutMillis * 1_000_000L;
    this.quality = quality;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.analyzer = analyzer;
    this.spans = spans;
    this.metrics = metrics;
    this.signals = signals;
    this.metricAttributes = metricAttributes;
    this.drops = drops;
    this.worker = new Thread(this::drain, "driftwatch-analyzer");
    this.worker.setDaemon(true);
  }

  /** The whole pipeline as the agent runs it: parsers, checks, cost, spans and metrics. */
  public static ExchangeAnalyzer create(GenAiSettings settings, MetadataSettings metadata, Tracer tracer, Meter meter,
      DropCounter drops) {
    return create(settings, metadata, tracer, meter, null, drops);
  }

  /** @param logger the logs pipeline's logger for the log-based events, or null when there is none */
  public static ExchangeAnalyzer create(GenAiSettings settings, MetadataSettings metadata, Tracer tracer, Meter meter,
      Logger logger, DropCounter drops) {
    LogEvents events = logger == null ? LogEvents.NONE : new LogEvents(logger);
    RecentCalls recentCalls = new RecentCalls();
    AttributeValueCap cap = new AttributeValueCap(settings.maxAttributeValues(), drops);
    MetricAttributes metricAttributes = new MetricAttributes(cap, metadata.metricFields(),
        settings.emitLegacySystemAttribute());
    return new ExchangeAnalyzer(QUEUE_CAPACITY, callAnalyzer(settings, drops),
        new GenAiSpanEmitter(tracer, settings.semconvStability(), events, settings.spanEvents(),
            settings.operationDetailsEvents()), metricAttributes,
        new GenAiMetrics(meter, settings.semconvStability()), new SignalMetrics(meter, metricAttributes, drops),
        recentCalls, new QualityEmitter(tracer, meter, recentCalls, drops, events, settings.spanEvents()),
        drops, settings.streamIdleTimeoutMillis(), ReplayRecorder.start(settings.replay(), extraRedactions(settings),
            drops), new UpstreamCalls(tracer, meter, cap, drops));
  }

  /** The analysis the agent runs on each finished call: parsers, the four checks, retries, cost, content. */
  public static CallAnalyzer callAnalyzer(GenAiSettings settings, DropCounter drops) {
    return new CallAnalyzer(drops,
        List.of(new OutputShapeCheck(),
            new RefusalCheck(RefusalLexicon.load(GenAiSettings.REFUSAL_LEXICON_FILE, settings.refusalLexiconFile())),
            new FormatComplianceCheck(),
            new DuplicateOutputCheck()),
        new RetryDetector(settings.retryWindowMillis()),
        new CostCalculator(PriceTable.load(GenAiSettings.PRICES_FILE, settings.pricesFile())),
        settings.captureMessageContent() ? new MessageContentCapture(new ContentRedactor(extraRedactions(settings)),
            settings.capturedContentMaxLength()) : null);
  }

  private static List<Pattern> extraRedactions(GenAiSettings settings) {
    return settings.extraRedactPattern() == null ? List.of() : List.of(settings.extraRedactPattern());
  }

  public ExchangeAnalyzer start() {
    worker.start();
    return this;
  }

  @Override
  public void submit(LlmExchange exchange) {
    watchedStreams.remove(exchange);
    if (!queue.offer(exchange)) {
      drops.count(QUEUE_FULL, "analysis queue full; dropping calls until it drains");
    }
  }

  /** Queues a quality score behind the calls already finished; never blocks. */
  public void submitQuality(QualityScore score) {
    if (!queue.offer(score)) {
      drops.count(QUEUE_FULL, "analysis queue full; dropping calls until it drains");
    }
  }

  @Override
  public void watch(LlmExchange exchange) {
    watchedStreams.add(exchange);
  }

  /** Asks streams nobody has read from for the idle timeout to end (a writer inside ends it on its way out). */
  void sweepAbandonedStreams(long nowNanoTime) {
    for (LlmExchange exchange : watchedStreams) {
      if (exchange.idleNanos(nowNanoTime) > streamIdleTimeoutNanos) {
        exchange.abandon();
      }
    }
  }

  private void drain() {
    while (running || !queue.isEmpty()) {
      long now = System.nanoTime();
      if (now - lastSweepNanoTime > 1_000_000_000L) {
        lastSweepNanoTime = now;
        sweepAbandonedStreams(now);
      }
      Object item;
      try {
        item = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (item instanceof LlmExchange) {
        process((LlmExchange) item);
      } else if (item instanceof QualityScore) {
        process((QualityScore) item);
      }
    }
  }

  /** Analyses and emits one call; visible for tests that run without the worker thread. */
  void process(LlmExchange exchange) {
    try {
      if (upstream != null && upstream.process(exchange)) {
        return;
      }
      AnalyzedCall analyzed = analyzer.analyzeKeepingAnswer(exchange);
      CallReport report = analyzed.report();
      SpanContext span = spans.emit(report);
      CallAttributes attributes = metricAttributes.forCall(report);
      metrics.record(report, attributes);
      signals.record(report, attributes);
      recentCalls.remember(report.response().id(), span, attributes.common());
      if (replay != null) {
        replay.offer(exchange, analyzed);
      }
    } catch (Throwable t) {
      drops.count(ANALYZER_FAILED, "analysis failed: " + t);
    }
  }

  void process(QualityScore score) {
    try {
      quality.emit(score);
    } catch (Throwable t) {
      drops.count(ANALYZER_FAILED, "analysis failed: " + t);
    }
  }

  /** Emits what is queued, then stops the worker; called from the agent's shutdown hook. */
  public void shutdown(long timeoutMillis) {
    running = false;
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    try {
      worker.join(timeoutMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (replay != null) {
      replay.shutdown(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
    }
  }
}
