package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Prometheus itself checks the configuration and rules, and runs the rule unit tests in tests/
 * (synthetic series for noise, spikes, drift, correlated drift, triage, weekly patterns and minimum
 * volumes). Each test file runs in its own promtool process, as many at once as there are CPUs.
 */
class PromtoolTest {
  @Test
  void prometheusConfigIsValid() {
    ExternalTool.Result result = promtool().run(FleetFiles.dir(), List.of("check", "config", "prometheus.yaml"));
    assertEquals(0, result.exitCode(), result.all());
  }

  @Test
  void rulesAreValid() {
    List<String> arguments = new ArrayList<>(List.of("check", "rules"));
    PromQlSources.ruleFiles().forEach(f -> arguments.add(FleetFiles.dir().relativize(f).toString()));
    ExternalTool.Result result = promtool().run(FleetFiles.dir(), arguments);
    assertEquals(0, result.exitCode(), result.all());
  }

  @TestFactory
  Stream<DynamicTest> ruleUnitTestsPass() throws Exception {
    ExternalTool promtool = promtool();
    List<Path> files = FleetFiles.list("tests", ".yaml");
    assertFalse(files.isEmpty(), "no rule tests in tests/");
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<ExternalTool.Result>> runs = new ArrayList<>();
      for (Path file : files) {
        String relative = FleetFiles.dir().relativize(file).toString();
        runs.add(pool.submit(() -> promtool.run(FleetFiles.dir(), List.of("test", "rules", relative))));
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        ExternalTool.Result result = runs.get(i).get();
        tests.add(DynamicTest.dynamicTest(files.get(i).getFileName().toString(),
            () -> assertEquals(0, result.exitCode(), result.all())));
      }
      return tests.stream();
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExternalTool promtool() {
    return ExternalTool.require("prometheus", "promtool");
  }
}
