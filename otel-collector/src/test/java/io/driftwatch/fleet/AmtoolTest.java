package io.driftwatch.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alertmanager's own tool checks alertmanager.yaml and where each severity is routed. */
class AmtoolTest {
  @Test
  void alertmanagerConfigIsValid() {
    ExternalTool.Result result = amtool().run(FleetFiles.dir(), List.of("check-config", "alertmanager.yaml"));
    assertEquals(0, result.exitCode(), result.all());
  }

  @ParameterizedTest
  @CsvSource({
      "'severity=page gen_ai_provider_name=openai triage_domain=provider', page",
      "'severity=ticket gen_ai_provider_name=openai triage_domain=prompt_model', ticket",
      "'severity=notify gen_ai_provider_name=openai triage_domain=none', notify",
      "'alertname=Unrelated', ticket",
  })
  void routesBySeverity(String labels, String receiver) {
    List<String> arguments = new ArrayList<>(List.of("config", "routes", "test", "--config.file=alertmanager.yaml"));
    arguments.addAll(Arrays.asList(labels.split(" ")));
    ExternalTool.Result result = amtool().run(FleetFiles.dir(), arguments);
    assertEquals(0, result.exitCode(), result.all());
    assertEquals(receiver, result.stdout().trim(), result.all());
  }

  private static ExternalTool amtool() {
    return ExternalTool.require("prometheus-alertmanager", "amtool");
  }
}
