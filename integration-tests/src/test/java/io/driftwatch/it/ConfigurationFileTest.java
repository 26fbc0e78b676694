package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.settledSpansFor;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.it.apps.JdkHttpClientChatApp;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * otel.javaagent.configuration-file through the real agent jar: a system property beats an
 * environment variable, which beats the file; a mistake in the file names the file and its line.
 */
class ConfigurationFileTest {

  @TempDir
  Path directory;

  @Test
  void systemPropertyBeatsEnvironmentBeatsFile() throws Exception {
    String model = uniqueModel("gpt-4o-config-file");
    Path file = directory.resolve("otel.properties");
    Files.writeString(file, """
        otel.service.name=from-file
        otel.instrumentation.genai.metadata.prompt-version=v-file
        otel.instrumentation.genai.metadata.user-segment=segment-file
        otel.instrumentation.genai.metadata.experiment-arm=arm-file
        """);

    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.javaagent.configuration-file=" + file,
            "-Dotel.instrumentation.genai.metadata.experiment-arm=arm-property"),
        ForkedJvm.testClassPath(),
        Map.of("OTEL_INSTRUMENTATION_GENAI_METADATA_USER_SEGMENT", "segment-env"),
        JdkHttpClientChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("status=200"), result.output());
    ReceivedSpan span = spanFor(model);
    assertEquals("from-file", span.resourceAttributes().get("service.name"), "the SDK reads the file too");
    assertEquals("v-file", span.stringAttr("driftwatch.prompt.version"));
    assertEquals("segment-env", span.stringAttr("driftwatch.user.segment"));
    assertEquals("arm-property", span.stringAttr("driftwatch.experiment.arm"));
  }

  @Test
  void asTheOfficialAgentsExtensionDriftwatchReadsTheOfficialAgentsFile() throws Exception {
    String model = uniqueModel("gpt-4o-config-file-extension");
    Path file = directory.resolve("official.properties");
    Files.writeString(file, """
        otel.service.name=extension-from-file
        otel.instrumentation.genai.metadata.prompt-version=v-extension-file
        """);

    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        ForkedJvm.BesideOfficialAgent.EXTENSION.jvmArgs("-Dotel.javaagent.configuration-file=" + file),
        ForkedJvm.testClassPath(), Map.of(), JdkHttpClientChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    ReceivedSpan span = spanFor(model);
    assertEquals("extension-from-file", span.resourceAttributes().get("service.name"));
    assertEquals("v-extension-file", span.stringAttr("driftwatch.prompt.version"),
        "the official agent read the file; Driftwatch reads the official agent's configuration");
  }

  @Test
  void aMisspeltKeyInTheFileDisablesTheAgentWithOneLineNamingFileKeyAndLine() throws Exception {
    String model = uniqueModel("gpt-4o-config-file-typo");
    Path file = directory.resolve("typo.properties");
    Files.writeString(file, "# fleet defaults\notel.service.name=typo-app\notel.instrumentation.genai.detect-by-paths=false\n");

    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(), List.of("-javaagent:" + ForkedJvm.AGENT_JAR),
        ForkedJvm.testClassPath(), Map.of("OTEL_JAVAAGENT_CONFIGURATION_FILE", file.toString()),
        JdkHttpClientChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("status=200"), result.output());
    List<String> agentLines = result.output().lines().filter(l -> l.startsWith("[driftwatch]")).toList();
    assertEquals(1, agentLines.size(), result.output());
    assertTrue(agentLines.get(0).contains("unknown key otel.instrumentation.genai.detect-by-paths in " + file + " line 3"),
        agentLines.get(0));
    assertEquals(List.of(), settledSpansFor(model));
  }
}
