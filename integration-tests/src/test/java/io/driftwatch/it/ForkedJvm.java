package io.driftwatch.it;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a separate application JVM, for what one shared test JVM cannot show: another Java
 * version, another OkHttp, a bad configuration, or attaching the agent to a running process.
 * It exports to the same OTLP receiver as the test JVM.
 */
final class ForkedJvm {

  static final String AGENT_JAR = Path.of(System.getProperty("user.dir"), "..", "agent", "target", "driftwatch-agent.jar")
      .normalize().toString();

  static final String EXTENSION_JAR = Path.of(System.getProperty("user.dir"), "..", "agent", "extension", "target",
      "driftwatch-extension.jar").normalize().toString();
  static final String OFFICIAL_AGENT_JAR =
      Path.of("target", "otel-javaagent", "opentelemetry-javaagent.jar").toAbsolutePath().toString();

  /** The two ways Driftwatch is attached beside the official agent. */
  enum BesideOfficialAgent {
    /** a second {@code -javaagent}, with its own SDK and export */
    SECOND_AGENT("-javaagent:" + AGENT_JAR),
    /** driftwatch-extension.jar, through the official agent's SDK and export */
    EXTENSION("-Dotel.javaagent.extensions=" + EXTENSION_JAR);

    private final String flag;

    BesideOfficialAgent(String flag) {
      this.flag = flag;
    }

    /** @param more JVM arguments after the agents' */
    List<String> jvmArgs(String... more) {
      List<String> all = new ArrayList<>(List.of("-javaagent:" + OFFICIAL_AGENT_JAR, flag));
      all.addAll(List.of(more));
      return all;
    }
  }

  record Result(int exitCode, String output) {}

  private ForkedJvm() {}

  /** The test JVM's class path minus entries whose path contains any of the fragments. */
  static String testClassPathWithout(String... excludedFragments) {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (List.of(excludedFragments).stream().noneMatch(entry::contains)) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  static Result run(String javaHome, List<String> jvmArgs, String classPath, Map<String, String> env,
      String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(javaHome, "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    Path log = Files.createTempFile("forked-jvm", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
    builder.environment().put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + Integer.getInteger("it.otlp.port"));
    builder.environment().put("OTEL_BSP_SCHEDULE_DELAY", "50");
    builder.environment().put("OTEL_METRIC_EXPORT_INTERVAL", "300");
    // the final export at exit must not depend on an idle CPU; a test that times exit sets its own -D value, which wins
    builder.environment().put("OTEL_INSTRUMENTATION_GENAI_SHUTDOWN_TIMEOUT", "60s");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("forked JVM did not finish: " + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Result(process.exitValue(), output);
  }

  static String testClassPath() {
    return System.getProperty("java.class.path");
  }

  static String currentJavaHome() {
    return System.getProperty("java.home");
  }
}
