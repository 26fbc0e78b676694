package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.settledSpansFor;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.driftwatch.it.apps.LangChain4jChatApp;
import io.driftwatch.it.apps.OkHttpChatApp;
import io.driftwatch.it.apps.OpenAiContentApp;
import io.driftwatch.it.apps.SelfAttachingApp;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Separate application JVMs: OkHttp 5, Java 25, dynamic attach, bad configuration. */
class ForkedApplicationTest {

  private static final String JAVA_25 = "/usr/lib/jvm/temurin-25-jdk-amd64";
  private static final String OKHTTP5_LIBS = Path.of("target", "okhttp5").toAbsolutePath() + File.separator + "*";

  private static List<String> withAgent(String serviceName) {
    return List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=" + serviceName);
  }

  @Test
  void okHttp5CallIsObserved() throws Exception {
    String model = uniqueModel("gpt-4o-okhttp5");
    String classPath = ForkedJvm.testClassPathWithout("/okhttp", "/okio", "/kotlin") + File.pathSeparator + OKHTTP5_LIBS;
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(), withAgent("okhttp5-app"), classPath, Map.of(),
        OkHttpChatApp.class.getName(), PROVIDER.baseUrl() + "/v1/chat/completions", model);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("status=200") && result.output().contains("okhttp-jvm-5."), result.output());
    ReceivedSpan span = spanFor(model);
    assertEquals("okhttp5-app", span.resourceAttributes().get("service.name"));
    assertEquals("chat " + model, span.name());
  }

  @Test
  void jdkHttpClientIsObservedOnJava25() throws Exception {
    assumeTrue(Files.isExecutable(Path.of(JAVA_25, "bin", "java")), "Temurin 25 is not installed at " + JAVA_25);
    String model = uniqueModel("gpt-4o-java25");
    ForkedJvm.Result result = ForkedJvm.run(JAVA_25, withAgent("java25-app"), ForkedJvm.testClassPath(),
        Map.of(), LangChain4jChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    assertEquals("java25-app", spanFor(model).resourceAttributes().get("service.name"));
  }

  @Test
  void attachingToARunningJvmObservesLaterCalls() throws Exception {
    String before = uniqueModel("gpt-4o-before-attach");
    String after = uniqueModel("gpt-4o-after-attach");
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-Djdk.attach.allowAttachSelf=true", "-Dotel.service.name=attached-app"),
        ForkedJvm.testClassPath(), Map.of(),
        SelfAttachingApp.class.getName(), PROVIDER.baseUrl() + "/v1", before, after, ForkedJvm.AGENT_JAR);

    assertEquals(0, result.exitCode(), result.output());
    assertEquals("attached-app", spanFor(after).resourceAttributes().get("service.name"));
    assertEquals(List.of(), settledSpansFor(before));
  }

  @Test
  void deploymentWidePromptVersionComesFromASystemProperty() throws Exception {
    String model = uniqueModel("gpt-4o-deploy-version");
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=deploy-version-app",
            "-Dotel.instrumentation.genai.metadata.prompt-version=release-2026.11"),
        ForkedJvm.testClassPath(), Map.of(), LangChain4jChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    assertEquals("release-2026.11", spanFor(model).stringAttr("driftwatch.prompt.version"));
  }

  @Test
  void capturedContentIsOptInRedactedAndTruncated() throws Exception {
    String model = uniqueModel("gpt-4o-content");
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(),
        List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=content-app"),
        ForkedJvm.testClassPath(), Map.of("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true",
            "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT_MAX_LENGTH", "150"),
        OpenAiContentApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    ReceivedSpan span = spanFor(model);
    String input = span.stringAttr("gen_ai.input.messages");
    assertTrue(input.contains("Why was I charged") || input.contains("[truncated]"), input);
    for (String kind : List.of("api_key", "email", "card", "phone")) {
      assertTrue(input.contains("[REDACTED:" + kind + "]"), kind + " not redacted in " + input);
    }
    assertTrue(span.stringAttr("gen_ai.system_instructions").contains("billing assistant"));
    assertTrue(span.stringAttr("gen_ai.output.messages").contains("\"role\":\"assistant\""));
    String everything = new String(RECEIVER.allReceivedBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
        + result.output();
    assertFalse(everything.contains("sk-canary"), "an API key left the process");
    assertFalse(everything.contains("dana@example.com"));
  }

  @Test
  void badConfigurationDisablesTheAgentWithOneLineNamingTheKeyAndTheAppStillRuns() throws Exception {
    String model = uniqueModel("gpt-4o-bad-config");
    ForkedJvm.Result result = ForkedJvm.run(ForkedJvm.currentJavaHome(), withAgent("bad-config-app"),
        ForkedJvm.testClassPath(),
        Map.of("OTEL_INSTRUMENTATION_GENAI_ENDPOINTS", "http://gateway with spaces"),
        LangChain4jChatApp.class.getName(), PROVIDER.baseUrl() + "/v1", model);

    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("answer="), result.output());
    List<String> agentLines = result.output().lines().filter(l -> l.startsWith("[driftwatch]")).toList();
    assertEquals(1, agentLines.size(), result.output());
    assertTrue(agentLines.get(0).contains("otel.instrumentation.genai.endpoints"), agentLines.get(0));
    assertEquals(List.of(), settledSpansFor(model));
  }
}
