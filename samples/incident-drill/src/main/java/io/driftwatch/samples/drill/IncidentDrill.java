package io.driftwatch.samples.drill;

import io.driftwatch.fleet.replay.Promtool;
import io.driftwatch.fleet.replay.RuleReplay;
import io.driftwatch.samples.standin.ProviderStandIn;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident drill: runs the sample RAG app with the agent attached through each scenario,
 * against the provider stand-in, and prints per scenario the four layers' signals before and
 * during the fault, the alerts that would fire, the triage domain and the next step. Writes the
 * same as Markdown and JSON to target/drill/. Exit code 0 when every scenario was triaged right.
 */
public final class IncidentDrill {

  private final DrillOptions options;
  private final PrintStream out;

  IncidentDrill(DrillOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    DrillOptions options;
    try {
      options = DrillOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DrillOptions.USAGE);
      System.exit(2);
      return;
    }
    List<ScenarioResult> results;
    try {
      results = new IncidentDrill(options, System.out).run();
    } catch (IllegalStateException e) {
      System.err.println("drill stopped: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(results.stream().allMatch(ScenarioResult::right) ? 0 : 1);
  }

  List<ScenarioResult> run() {
    List<Scenario> scenarios = options.scenario() == null ? Scenarios.ALL
        : List.of(Scenarios.named(options.scenario()).orElseThrow());
    List<ScenarioResult> results = new ArrayList<>();
    try (ProviderStandIn standIn = ProviderStandIn.start();
         UpstreamStandIns upstream = UpstreamStandIns.start();
         TelemetryRoute route = TelemetryRoute.open(options.collector())) {
      DrillSetup setup = DrillSetup.locate(options, route.appEndpoint());
      if (!Files.isRegularFile(setup.agentJar())) {
        throw new IllegalStateException("no agent jar at " + setup.agentJar()
            + ": build it with 'mvn -q -B install -DskipTests' in the project root");
      }
      out.println("Driftwatch incident drill, " + options.mode() + " (" + options.callsPerPhase()
          + " calls per phase, " + scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s") + ")");
      out.println("provider stand-in: " + standIn.baseUrl());
      out.println(upstream.description());
      out.println(route.description());
      out.println("app: " + options.app().description() + ", -javaagent:" + shortPath(setup, setup.agentJar()));
      ConsoleReport console = new ConsoleReport(out);
      Promtool promtool = Promtool.onPath().orElseThrow(() -> new IllegalStateException(
          "promtool is not on PATH: the drill evaluates the real alert rules with it (apt-get install prometheus)"));
      RuleReplay rules = new RuleReplay(promtool, setup.rulesDirectory(), setup.outputDirectory().resolve("promtool"));
      ScenarioRun runner = new ScenarioRun(setup, standIn, upstream, route.receiver(), RunbookSteps.at(setup.projectRoot()), rules,
          out);
      for (Scenario scenario : scenarios) {
        console.scenarioHeader(scenario, options.app().serviceName(scenario));
        ScenarioResult result = runner.play(options.app(), scenario, options.callsPerPhase());
        console.scenarioResult(result);
        results.add(result);
      }
      console.summary(options, results);
      writeReports(setup, results);
    }
    return results;
  }

  /** Relative to the project root when inside it, to keep lines short. */
  private static Path shortPath(DrillSetup setup, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(setup.projectRoot()) ? setup.projectRoot().relativize(absolute) : absolute;
  }

  private void writeReports(DrillSetup setup, List<ScenarioResult> results) {
    Path directory = setup.outputDirectory();
    try {
      Files.createDirectories(directory);
      Path markdown = directory.resolve("drill-report.md");
      Path json = directory.resolve("drill-report.json");
      Files.writeString(markdown, MarkdownReport.render(options, results));
      Files.writeString(json, JsonReport.render(options, results));
      Files.writeString(directory.resolve("drill-report.html"), HtmlReport.render(options, results));
      out.println("   reports: " + shortPath(setup, directory.resolve("drill-report.{md,json,html}")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the drill reports to " + directory, e);
    }
  }
}
