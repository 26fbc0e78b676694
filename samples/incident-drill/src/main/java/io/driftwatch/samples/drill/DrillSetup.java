package io.driftwatch.samples.drill;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are, worked out from where the drill's own classes were loaded
 * (samples/incident-drill/target/classes): the project root, the agent jar, the app's class path
 * (those classes plus the dependencies the build listed in target/runtime.classpath) and the
 * report directory (target/drill); {@code recordTo} is where --record refreshes the committed recordings.
 */
record DrillSetup(Path projectRoot, Path agentJar, String appClassPath, Path outputDirectory, String otlpEndpoint,
    Path recordTo) {

  /** The alert rules the drill evaluates, the same files Prometheus loads. */
  Path rulesDirectory() {
    return projectRoot.resolve("otel-collector/rules");
  }

  static DrillSetup locate(DrillOptions options, String otlpEndpoint) {
    Path classes = ownClasses();
    Path target = classes.getParent();
    Path projectRoot = target.getParent().getParent().getParent();
    Path agentJar = options.agentJar() != null ? options.agentJar()
        : System.getProperty("driftwatch.agent.jar") != null ? Path.of(System.getProperty("driftwatch.agent.jar"))
        : projectRoot.resolve("agent/target/driftwatch-agent.jar");
    String classPath = classes + File.pathSeparator + dependencies(target.resolve("runtime.classpath"));
    Path out = options.outputDirectory() != null ? options.outputDirectory() : target.resolve("drill");
    return new DrillSetup(projectRoot, agentJar.toAbsolutePath().normalize(), classPath, out, otlpEndpoint,
        options.recordTo());
  }

  private static String dependencies(Path listFile) {
    if (!Files.isRegularFile(listFile)) {
      throw new IllegalStateException(listFile + " is missing: build the module first (mvn -DskipTests install)");
    }
    try {
      return Files.readString(listFile).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + listFile, e);
    }
  }

  /** The project root's default agent jar, for callers that only want to know whether it is built. */
  static Path defaultAgentJar() {
    return ownClasses().getParent().getParent().getParent().getParent().resolve("agent/target/driftwatch-agent.jar");
  }

  private static Path ownClasses() {
    try {
      return Path.of(DrillSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where the drill's classes are", e);
    }
  }
}
