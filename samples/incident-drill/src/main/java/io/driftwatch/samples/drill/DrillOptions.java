package io.driftwatch.samples.drill;

import java.nio.file.Path;

/**
 * Command-line options: {@code --short} (few calls per phase, for CI), {@code --scenario NAME},
 * {@code --app langchain4j|spring-ai}, {@code --collector auto|none|URL}, {@code --agent PATH}
 * (the agent jar), {@code --out DIR}, {@code --record DIR} (also write each scenario's recording there,
 * e.g. otel-collector/tests/recordings to refresh the ones the rule tests replay).
 */
record DrillOptions(boolean shortRun, String scenario, SampleApp app, String collector, Path agentJar,
    Path outputDirectory, Path recordTo) {

  static final int SHORT_CALLS_PER_PHASE = 15;
  static final int FULL_CALLS_PER_PHASE = 60;

  static final String USAGE = "usage: IncidentDrill [--short] [--scenario NAME] [--app langchain4j|spring-ai]"
      + " [--collector auto|none|URL] [--agent PATH] [--out DIR] [--record DIR]";

  int callsPerPhase() {
    return shortRun ? SHORT_CALLS_PER_PHASE : FULL_CALLS_PER_PHASE;
  }

  String mode() {
    return shortRun ? "short" : "full";
  }

  static DrillOptions parse(String... args) {
    boolean shortRun = false;
    String scenario = null;
    SampleApp app = SampleApp.LANGCHAIN4J;
    String collector = "auto";
    Path agentJar = null;
    Path out = null;
    Path recordTo = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--short" -> shortRun = true;
        case "--scenario" -> scenario = value(args, ++i, "--scenario");
        case "--app" -> app = SampleApp.byOption(value(args, ++i, "--app"));
        case "--collector" -> collector = value(args, ++i, "--collector");
        case "--agent" -> agentJar = Path.of(value(args, ++i, "--agent"));
        case "--out" -> out = Path.of(value(args, ++i, "--out"));
        case "--record" -> recordTo = Path.of(value(args, ++i, "--record"));
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    if (scenario != null && Scenarios.named(scenario).isEmpty()) {
      throw new IllegalArgumentException("no scenario " + scenario + "; known: "
          + Scenarios.ALL.stream().map(Scenario::name).toList());
    }
    return new DrillOptions(shortRun, scenario, app, collector, agentJar, out, recordTo);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
