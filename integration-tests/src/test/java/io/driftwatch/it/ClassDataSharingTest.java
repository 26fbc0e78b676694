package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.driftwatch.it.apps.JdkHttpClientChatApp;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent leaves class data sharing on: its bootstrap classes are defined in the boot loader, not
 * found by appending its jar to the bootstrap search path, which would make the JVM print a warning
 * and stop sharing every platform and application class (the default CDS archive, AppCDS). The
 * bridges still work: each run makes a JDK HttpClient call that the agent reports.
 */
class ClassDataSharingTest {

  private static final String JAVA_25 = "/usr/lib/jvm/temurin-25-jdk-amd64";
  private static final String SHARING_WARNING = "Sharing is only supported for boot loader classes";
  private static final String MAIN = JdkHttpClientChatApp.class.getName();

  @TempDir
  static Path dir;
  private static String appJar;

  /** The app as a one-class jar: CDS archives classes from jars, never from directories. */
  @BeforeAll
  static void packageTheApp() throws Exception {
    Path jar = dir.resolve("chat-app.jar");
    String entry = MAIN.replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        InputStream in = JdkHttpClientChatApp.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    appJar = jar.toString();
  }

  private static List<String> withAgent(String serviceName, String... more) {
    List<String> args = new ArrayList<>(List.of("-javaagent:" + ForkedJvm.AGENT_JAR, "-Dotel.service.name=" + serviceName));
    args.addAll(List.of(more));
    return args;
  }

  private static ForkedJvm.Result runApp(String javaHome, List<String> jvmArgs, String model) throws Exception {
    ForkedJvm.Result result = ForkedJvm.run(javaHome, jvmArgs, appJar, Map.of(), MAIN, PROVIDER.baseUrl() + "/v1", model);
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("status=200"), result.output());
    return result;
  }

  @Test
  void noSharingWarningAndTheCallIsObserved() throws Exception {
    String model = uniqueModel("gpt-4o-cds");
    ForkedJvm.Result result = runApp(ForkedJvm.currentJavaHome(), withAgent("cds-app"), model);

    assertFalse(result.output().contains(SHARING_WARNING), result.output());
    assertFalse(result.output().contains("could not define the bootstrap classes"), result.output());
    assertEquals("cds-app", spanFor(model).resourceAttributes().get("service.name"));
  }

  @Test
  void noSharingWarningAndTheCallIsObservedOnJava25() throws Exception {
    assumeTrue(Files.isExecutable(Path.of(JAVA_25, "bin", "java")), "Temurin 25 is not installed at " + JAVA_25);
    String model = uniqueModel("gpt-4o-cds-java25");
    ForkedJvm.Result result = runApp(JAVA_25, withAgent("cds-app-java25"), model);

    assertFalse(result.output().contains(SHARING_WARNING), result.output());
    assertEquals("cds-app-java25", spanFor(model).resourceAttributes().get("service.name"));
  }

  /**
   * An application's AppCDS archive, made without the agent, still serves its classes with the
   * agent. On Java 25 an appended bootstrap path makes the JVM load them from the jar instead (on
   * OpenJDK 17.0.15 it only prints the warning), so this runs on Java 25.
   */
  @Test
  void applicationClassesComeFromAnAppCdsArchiveWithTheAgentOnJava25() throws Exception {
    assumeTrue(Files.isExecutable(Path.of(JAVA_25, "bin", "java")), "Temurin 25 is not installed at " + JAVA_25);
    String archive = dir.resolve("app.jsa").toString();
    runApp(JAVA_25, List.of("-XX:ArchiveClassesAtExit=" + archive), uniqueModel("gpt-4o-cds-dump"));
    assertTrue(Files.size(Path.of(archive)) > 0, "no archive written");

    String model = uniqueModel("gpt-4o-appcds");
    ForkedJvm.Result result = runApp(JAVA_25,
        withAgent("appcds-app", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info"), model);

    String mainLoad = result.output().lines().filter(l -> l.contains("[class,load] " + MAIN + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no class+load line for " + MAIN + " in " + result.output()));
    assertTrue(mainLoad.contains("source: shared objects file"), mainLoad);
    assertEquals("appcds-app", spanFor(model).resourceAttributes().get("service.name"));
  }

  /** The escape hatch (and the fallback when direct definition fails): today's append, which still works. */
  @Test
  void appendingTheJarOnRequestStillWorksAndShowsWhatItCosts() throws Exception {
    String model = uniqueModel("gpt-4o-cds-append");
    ForkedJvm.Result result = runApp(ForkedJvm.currentJavaHome(),
        withAgent("cds-append-app", "-Ddriftwatch.bootstrap.append=true"), model);

    assertTrue(result.output().contains(SHARING_WARNING), result.output());
    assertEquals("cds-append-app", spanFor(model).resourceAttributes().get("service.name"));
  }
}
