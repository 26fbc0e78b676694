package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.Recording;
import io.driftwatch.fleet.replay.ReplayResult;
import io.driftwatch.fleet.replay.RuleReplay;
import io.driftwatch.fleet.replay.TrafficPlan;
import io.driftwatch.samples.otlp.OtlpReceiver;
import io.driftwatch.samples.standin.ProviderStandIn;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays one scenario: start the app with the agent, warm up, baseline phase, fault phase, scraping
 * the agent's Prometheus endpoint between phases. The scrapes make the scenario's recording, which
 * the real rules then evaluate with promtool, time-compressed ({@link RuleReplay}).
 */
final class ScenarioRun {

  static final int WARM_UP_CALLS = 3;
  /** The traffic a recording is played at: a service's daytime volume. */
  static final double REPLAY_CALLS_PER_MINUTE = 30;
  private static final Duration EXPORT_WAIT = Duration.ofSeconds(20);

  private final DrillSetup setup;
  private final ProviderStandIn standIn;
  private final UpstreamStandIns upstream;
  private final OtlpReceiver receiver;
  private final RunbookSteps runbook;
  private final RuleReplay rules;
  private final PrintStream out;

  ScenarioRun(DrillSetup setup, ProviderStandIn standIn, UpstreamStandIns upstream, OtlpReceiver receiver,
      RunbookSteps runbook, RuleReplay rules, PrintStream out) {
    this.rules = rules;
    this.setup = setup;
    this.standIn = standIn;
    this.upstream = upstream;
    this.receiver = receiver;
    this.runbook = runbook;
    this.out = out;
  }

  ScenarioResult play(SampleApp sampleApp, Scenario scenario, int callsPerPhase) {
    long started = System.nanoTime();
    String service = sampleApp.serviceName(scenario);
    standIn.reset();
    standIn.setServedModelSuffix(ProviderScripts.BASELINE_SUFFIX);
    receiver.clear();
    int scrapePort = freePort();
    Optional<ReplayCheck> replayCheck = ReplayCheck.forScenario(scenario.name());
    Path replaySet = setup.outputDirectory().resolve("replay-sets").resolve(scenario.name());
    Map<String, String> environment = new HashMap<>(Map.ofEntries(
        Map.entry("OTEL_METRICS_EXPORTER", "otlp,prometheus"),
        Map.entry("OTEL_EXPORTER_PROMETHEUS_HOST", "127.0.0.1"),
        Map.entry("OTEL_EXPORTER_PROMETHEUS_PORT", String.valueOf(scrapePort)),
        Map.entry("OPENAI_BASE_URL", standIn.baseUrl() + "/v1"),
        Map.entry("OPENAI_API_KEY", "sk-local-sample"),
        Map.entry("RAG_CHAT_MODEL", ProviderScripts.REQUESTED_MODEL),
        Map.entry("OTEL_SERVICE_NAME", service),
        Map.entry("OTEL_EXPORTER_OTLP_ENDPOINT", setup.otlpEndpoint()),
        Map.entry("OTEL_METRIC_EXPORT_INTERVAL", "500"),
        Map.entry("OTEL_BSP_SCHEDULE_DELAY", "100")));
    environment.putAll(upstream.environment(sampleApp));
    replayCheck.ifPresent(check -> environment.putAll(check.appEnvironment(replaySet)));
    Path log = setup.outputDirectory().resolve("logs").resolve(service + ".log");
    MetricSnapshot start;
    MetricSnapshot beforeFault;
    MetricSnapshot end;
    PrometheusScrape scrapeStart;
    PrometheusScrape scrapeBeforeFault;
    PrometheusScrape scrapeEnd;
    long baselineStart;
    long faultStart;
    out.print("   starting the app with the agent attached ...");
    out.flush();
    try (AppProcess app = AppProcess.start(sampleApp, setup.agentJar(), setup.appClassPath(), environment, log)) {
      out.printf(" ready (%.1f s)%n", (System.nanoTime() - started) / 1e9);
      PhaseDriver driver = new PhaseDriver(app, standIn, out);
      driver.warmUp(WARM_UP_CALLS);
      start = MetricSnapshot.await(receiver, service, WARM_UP_CALLS, EXPORT_WAIT);
      scrapeStart = settledScrape(scrapePort);
      baselineStart = epochNanos();
      driver.run("baseline", callsPerPhase, scenario.baseline(), bandOffset(scenario, 1));
      beforeFault = MetricSnapshot.await(receiver, service, WARM_UP_CALLS + callsPerPhase, EXPORT_WAIT);
      scrapeBeforeFault = settledScrape(scrapePort);
      faultStart = epochNanos();
      for (String command : scenario.appCommands()) {
        out.println("   app: " + command + " -> " + app.command(command));
      }
      for (UpstreamFault fault : scenario.upstreamFaults()) {
        out.println("   upstream: " + fault.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
      upstream.inject(scenario.upstreamFaults());
      driver.run("fault", callsPerPhase, scenario.fault(), bandOffset(scenario, 2));
      end = MetricSnapshot.await(receiver, service, WARM_UP_CALLS + 2L * callsPerPhase, EXPORT_WAIT);
      scrapeEnd = settledScrape(scrapePort);
    } finally {
      standIn.reset();
      upstream.heal();
    }
    long onset = faultStart;
    ReplayCheck.Outcome replayed = replayCheck.map(check -> check.run(setup, standIn, replaySet, onset, out)).orElse(null);
    List<SignalRow> rows = compare(PhaseSignals.between(start, beforeFault), PhaseSignals.between(beforeFault, end));
    Recording recording = new Recording(scenario.name(), List.of(
        new Recording.Phase("normal", callsPerPhase, scrapeBeforeFault.growthSince(scrapeStart), scrapeBeforeFault.gauges()),
        new Recording.Phase("fault", callsPerPhase, scrapeEnd.growthSince(scrapeBeforeFault), scrapeEnd.gauges())));
    writeRecording(recording, setup.outputDirectory().resolve("recordings"));
    if (setup.recordTo() != null) {
      writeRecording(recording, setup.recordTo());
    }
    out.print("   evaluating otel-collector/rules on the recording with promtool ...");
    out.flush();
    ReplayResult replay = rules.replay(recording, TrafficPlan.at(REPLAY_CALLS_PER_MINUTE), true);
    out.println(" done");
    TriageDomain domain = ScenarioResult.domainOf(replay);
    List<SpanContext.Change> context = SpanContext.changes(receiver.spans(), service, baselineStart, faultStart);
    return new ScenarioResult(scenario, service, callsPerPhase, rows, replay, domain, context,
        runbook.nextStep(domain, rows, context), runbook.reference(domain), (System.nanoTime() - started) / 1e9,
        replayed);
  }

  /**
   * A scrape taken once the agent has counted every request the stand-in answered: the analyzer
   * records off the application's thread, so a scrape right after the last call can miss it.
   */
  private PrometheusScrape settledScrape(int port) {
    long deadline = System.nanoTime() + EXPORT_WAIT.toNanos();
    PrometheusScrape scrape = PrometheusScrape.of(port);
    while (scrape.calls() < standIn.requests().size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the agent counted " + Math.round(scrape.calls()) + " calls within "
            + EXPORT_WAIT + ", the stand-in answered " + standIn.requests().size());
      }
      pause(); // between scrapes, so polling does not compete with the analyzer it waits for
      scrape = PrometheusScrape.of(port);
    }
    return scrape;
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the agent's metrics", e);
    }
  }

  private void writeRecording(Recording recording, Path directory) {
    Path file = directory.resolve(recording.scenario() + ".prom");
    try {
      recording.write(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the recording " + file, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the agent's Prometheus endpoint", e);
    }
  }

  private static long epochNanos() {
    return System.currentTimeMillis() * 1_000_000L;
  }

  private static List<SignalRow> compare(Map<Signal, Double> before, Map<Signal, Double> during) {
    List<SignalRow> rows = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      Double b = before.get(signal);
      Double d = during.get(signal);
      rows.add(new SignalRow(signal, b, d));
    }
    return rows;
  }

  // Each scenario and phase starts at its own point of the bands, the same in every run.
  private static double bandOffset(Scenario scenario, int phase) {
    return Math.floorMod(scenario.name().hashCode() * 31 + phase, 1000) / 1000.0;
  }
}
