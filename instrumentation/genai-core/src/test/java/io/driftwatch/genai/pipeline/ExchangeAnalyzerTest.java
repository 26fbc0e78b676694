package io.driftwatch.genai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.context.MetadataSettings;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.providers.detect.ProviderDetector;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.api.trace.Tracer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The analyzer's threading contract: never block the caller, drop and count, drain on shutdown. */
class ExchangeAnalyzerTest {

  private final Telemetry telemetry = new Telemetry();
  private final List<String> drops = new CopyOnWriteArrayList<>();
  private final List<LlmExchange> ended = new ArrayList<>();

  @AfterEach
  void close() {
    telemetry.close();
  }

  private ExchangeAnalyzer analyzer(Tracer tracer) {
    return ExchangeAnalyzer.create(GenAiSettings.defaults(), MetadataSettings.from(key -> null), tracer,
        telemetry.meter(), (reason, message) -> drops.add(reason));
  }

  /** An ended chat exchange, collected instead of submitted so the test decides when the analyzer sees it. */
  private LlmExchange endedChat() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 1 << 20, ended::add, null, null);
    LlmExchange exchange = Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json");
    Exchanges.respond(exchange, 200, "openai-chat/response.json");
    return exchange;
  }

  @Test
  void processEmitsOneSpanAndTheMetricsForOneExchange() {
    ExchangeAnalyzer analyzer = analyzer(telemetry.tracer());

    analyzer.process(endedChat());

    assertEquals("chat gpt-4o-mini", telemetry.onlySpan().getName());
    assertEquals(1, telemetry.histogramPoints("gen_ai.client.operation.duration").size());
  }

  @Test
  void fullQueueDropsAndCountsWithoutBlockingTheCaller() {
    ExchangeAnalyzer notStarted = analyzer(telemetry.tracer());
    LlmExchange exchange = endedChat();

    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (int i = 0; i < ExchangeAnalyzer.QUEUE_CAPACITY + 3; i++) {
        notStarted.submit(exchange);
      }
    });

    assertEquals(Collections.nCopies(3, "queue_full"), drops);
  }

  @Test
  void shutdownEmitsEverythingAlreadyQueued() {
    ExchangeAnalyzer analyzer = analyzer(telemetry.tracer()).start();

    for (int i = 0; i < 10; i++) {
      analyzer.submit(endedChat());
    }
    analyzer.shutdown(5_000);

    assertEquals(10, telemetry.spans().size());
    assertEquals(List.of(), drops);
  }

  @Test
  void failingEmitterIsCountedAndTheAnalyzerCarriesOn() {
    Tracer broken = name -> {
      throw new IllegalStateException("tracer broke");
    };
    ExchangeAnalyzer analyzer = analyzer(broken);

    analyzer.process(endedChat());
    analyzer.process(endedChat());

    assertEquals(List.of("analyzer_failed", "analyzer_failed"), drops);
  }

  @Test
  void workerThreadIsANamedDaemonThatEndsOnShutdown() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    ExchangeAnalyzer analyzer = analyzer(telemetry.tracer()).start();
    Thread worker = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.getName().equals("driftwatch-analyzer")).findFirst().orElseThrow();

    assertTrue(worker.isDaemon(), "must never keep the application alive");
    analyzer.shutdown(5_000);
    assertFalse(worker.isAlive());
  }

  @Test
  void streamAbandonedByTheApplicationIsEndedAfterTheIdleTimeout() {
    LlmExchanges.install(new ProviderDetector(List.of(), true), 1 << 20, ended::add, null, null);
    ExchangeAnalyzer analyzer = ExchangeAnalyzer.create(
        GenAiSettings.from(Map.of(GenAiSettings.STREAM_IDLE_TIMEOUT_MILLIS, "100")::get),
        MetadataSettings.from(key -> null), telemetry.tracer(), telemetry.meter(), (reason, message) -> drops.add(reason));
    LlmExchange exchange = Exchanges.openAiChat("openai-chat/request-max-tokens.json");
    exchange.onResponseHead(200, Exchanges.EVENT_STREAM, -1);
    analyzer.watch(exchange);

    analyzer.sweepAbandonedStreams(System.nanoTime() + Duration.ofMillis(200).toNanos());

    assertTrue(exchange.isEnded());
    assertEquals("ABANDONED", exchange.outcome().name());
  }
}
