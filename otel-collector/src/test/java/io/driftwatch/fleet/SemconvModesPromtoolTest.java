package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule unit tests of tests/ again, with their input series in the names the agent exports with
 * {@code OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental} (newest names only) and with
 * {@code /dup} (both): the same alerts must fire at the same minutes, so the rules read either name
 * and count a call once. (PromtoolTest runs them as written, the default mode.)
 */
class SemconvModesPromtoolTest {

  private static final Pattern SERIES_LINE = Pattern.compile("^(\\s*)- series: '([^']+)'$");
  private static final Path OUT = Path.of("target", "semconv-modes");

  @Test
  void theRewriteRenamesDurationsAndTokenHistograms() {
    assertEquals("gen_ai_client_inference_duration_seconds_bucket{gen_ai_request_model=\"m\",le=\"1\"}",
        SemconvModes.latestName("gen_ai_client_operation_duration_seconds_bucket{gen_ai_request_model=\"m\",le=\"1\"}"));
    assertEquals("gen_ai_client_inference_operation_input_tokens_sum{gen_ai_provider_name=\"openai\"}",
        SemconvModes.latestName("gen_ai_client_token_usage_sum{gen_ai_provider_name=\"openai\",gen_ai_token_type=\"input\"}"));
    assertFalse(SemconvModes.renamed("driftwatch_llm_calls_total{driftwatch_outcome=\"success\"}"));
  }

  @TestFactory
  Stream<DynamicTest> ruleUnitTestsPassInTheLatestAndDuplicateModes() throws Exception {
    ExternalTool promtool = ExternalTool.require("prometheus", "promtool");
    List<Path> files = FleetFiles.list("tests", ".yaml");
    assertFalse(files.isEmpty(), "no rule tests in tests/");
    List<String> names = new ArrayList<>();
    List<Path> variants = new ArrayList<>();
    for (SemconvModes mode : List.of(SemconvModes.LATEST, SemconvModes.DUPLICATE)) {
      for (Path file : files) {
        Path variant = write(file, mode);
        if (variant != null) {
          names.add(mode.name().toLowerCase() + " " + file.getFileName());
          variants.add(variant);
        }
      }
    }
    assertTrue(variants.size() >= 4, "the rewrite renamed nothing in " + files);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<ExternalTool.Result>> runs = new ArrayList<>();
      for (Path variant : variants) {
        runs.add(pool.submit(() -> promtool.run(FleetFiles.dir(),
            List.of("test", "rules", FleetFiles.dir().relativize(variant).toString()))));
      }
      List<DynamicTest> tests = new ArrayList<>();
      for (int i = 0; i < variants.size(); i++) {
        ExternalTool.Result result = runs.get(i).get();
        tests.add(DynamicTest.dynamicTest(names.get(i), () -> assertEquals(0, result.exitCode(), result.all())));
      }
      return tests.stream();
    } finally {
      pool.shutdownNow();
    }
  }

  /** The test file with its GenAI series in the mode's names, or null when it has none to rename. */
  private static Path write(Path file, SemconvModes mode) throws IOException {
    List<String> out = new ArrayList<>();
    boolean changed = false;
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher series = SERIES_LINE.matcher(line);
      if (series.matches() && SemconvModes.renamed(series.group(2)) && i + 1 < lines.size()) {
        changed = true;
        String values = lines.get(i + 1);
        String renamed = series.group(1) + "- series: '" + SemconvModes.latestName(series.group(2)) + "'";
        if (mode == SemconvModes.DUPLICATE) {
          out.add(line);
          out.add(values);
        }
        out.add(renamed);
        out.add(values);
        i++;
      } else if (line.trim().equals("- ../rules/*.yaml")) {
        out.add(line.replace("../rules/*.yaml", FleetFiles.dir().resolve("rules").toAbsolutePath() + "/*.yaml"));
      } else {
        out.add(line);
      }
    }
    if (!changed) {
      return null;
    }
    Path target = FleetFiles.dir().resolve(OUT).resolve(mode.name().toLowerCase()).resolve(file.getFileName());
    Files.createDirectories(target.getParent());
    Files.write(target, out);
    return target;
  }
}
