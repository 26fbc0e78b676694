package io.driftwatch.samples.drill;

import io.driftwatch.samples.otlp.OtlpReceiver;
import io.driftwatch.samples.standin.ProviderStandIn;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plays one scenario: start the app with the agent, warm up, baseline phase, fault phase, with a
 * metric snapshot between phases; then compares the phases signal by signal.
 */
final class ScenarioRun {

  static final int WARM_UP_CALLS = 3;
  private static final Duration EXPORT_WAIT = Duration.ofSeconds(20);

  private final DrillSetup setup;
  private final ProviderStandIn standIn;
  private final OtlpReceiver receiver;
  private final RunbookSteps runbook;
  private final PrintStream out;

  ScenarioRun(DrillSetup setup, ProviderStandIn standIn, OtlpReceiver receiver, RunbookSteps runbook, PrintStream out) {
    this.setup = setup;
    this.standIn = standIn;
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
    Map<String, String> environment = Map.of(
        "OPENAI_BASE_URL", standIn.baseUrl() + "/v1",
        "OPENAI_API_KEY", "sk-local-sample",
        "RAG_CHAT_MODEL", ProviderScripts.REQUESTED_MODEL,
        "OTEL_SERVICE_NAME", service,
        "OTEL_EXPORTER_OTLP_ENDPOINT", setup.otlpEndpoint(),
        "OTEL_METRIC_EXPORT_INTERVAL", "500",
        "OTEL_BSP_SCHEDULE_DELAY", "100");
    Path log = setup.outputDirectory().resolve("logs").resolve(service + ".log");
    MetricSnapshot start;
    MetricSnapshot beforeFault;
    MetricSnapshot end;
    long baselineStart;
    long faultStart;
    out.print("   starting the app with the agent attached ...");
    out.flush();
    try (AppProcess app = AppProcess.start(sampleApp, setup.agentJar(), setup.appClassPath(), environment, log)) {
      out.printf(" ready (%.1f s)%n", (System.nanoTime() - started) / 1e9);
      PhaseDriver driver = new PhaseDriver(app, standIn, out);
      driver.warmUp(WARM_UP_CALLS);
      start = MetricSnapshot.await(receiver, service, WARM_UP_CALLS, EXPORT_WAIT);
      baselineStart = epochNanos();
      driver.run("baseline", callsPerPhase, scenario.baseline(), bandOffset(scenario, 1));
      beforeFault = MetricSnapshot.await(receiver, service, WARM_UP_CALLS + callsPerPhase, EXPORT_WAIT);
      faultStart = epochNanos();
      for (String command : scenario.appCommands()) {
        out.println("   app: " + command + " -> " + app.command(command));
      }
      driver.run("fault", callsPerPhase, scenario.fault(), bandOffset(scenario, 2));
      end = MetricSnapshot.await(receiver, service, WARM_UP_CALLS + 2L * callsPerPhase, EXPORT_WAIT);
    } finally {
      standIn.reset();
    }
    List<SignalRow> rows = compare(PhaseSignals.between(start, beforeFault), PhaseSignals.between(beforeFault, end));
    TriageDomain domain = TriageDomain.decide(rows);
    List<SpanContext.Change> context = SpanContext.changes(receiver.spans(), service, baselineStart, faultStart);
    return new ScenarioResult(scenario, service, callsPerPhase, rows, Alert.firing(rows), domain, context,
        runbook.nextStep(domain, rows, context), runbook.reference(domain), (System.nanoTime() - started) / 1e9);
  }

  private static long epochNanos() {
    return System.currentTimeMillis() * 1_000_000L;
  }

  private static List<SignalRow> compare(Map<Signal, Double> before, Map<Signal, Double> during) {
    List<SignalRow> rows = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      Double b = before.get(signal);
      Double d = during.get(signal);
      rows.add(new SignalRow(signal, b, d, DeviationBands.deviates(signal, b, d)));
    }
    return rows;
  }

  // Each scenario and phase starts at its own point of the bands, the same in every run.
  private static double bandOffset(Scenario scenario, int phase) {
    return Math.floorMod(scenario.name().hashCode() * 31 + phase, 1000) / 1000.0;
  }
}
