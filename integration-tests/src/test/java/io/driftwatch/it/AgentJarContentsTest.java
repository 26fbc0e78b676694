package io.driftwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The agent jar holds only what the build declares: a few bootstrap classes at its root, and
 * everything else hidden under inst/ with bundled libraries relocated under io.driftwatch.shaded,
 * each listed with its licence in agent/THIRD-PARTY.md.
 */
class AgentJarContentsTest {

  private static final Set<String> BUNDLED_LIBRARIES = Set.of(
      "inst/io/driftwatch/shaded/io/opentelemetry",
      "inst/io/driftwatch/shaded/net/bytebuddy",
      "inst/io/driftwatch/shaded/com/fasterxml/jackson",
      "inst/io/driftwatch/shaded/dev/harrel",
      "inst/io/driftwatch/shaded/io/prometheus",
      // the OTLP/gRPC sender's, relocated by agent/grpc-sender
      "inst/io/driftwatch/shaded/okhttp3",
      "inst/io/driftwatch/shaded/okio",
      "inst/io/driftwatch/shaded/kotlin",
      "inst/io/driftwatch/shaded/org/jetbrains/annotations",
      "inst/io/driftwatch/shaded/org/intellij/lang/annotations");

  @Test
  void everyClassIsOursAtTheRootOrHiddenAndRelocatedUnderInst() throws IOException {
    Set<String> outsideOurPackages = new TreeSet<>();
    Set<String> bundled = new TreeSet<>();
    try (JarFile jar = new JarFile(ForkedJvm.AGENT_JAR)) {
      jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class") || name.endsWith(".classdata"))
          .forEach(name -> {
            if (name.endsWith(".class") && !name.startsWith("io/driftwatch/")) {
              outsideOurPackages.add(name);
            } else if (name.endsWith(".classdata") && name.startsWith("inst/io/driftwatch/shaded/")) {
              bundled.add(BUNDLED_LIBRARIES.stream().filter(name::startsWith).findFirst().orElse(name));
            } else if (name.endsWith(".classdata") && !name.startsWith("inst/io/driftwatch/")
                && !name.startsWith("inst/META-INF/versions/")) {
              outsideOurPackages.add(name);
            }
          });
      Manifest manifest = jar.getManifest();
      assertEquals("io.driftwatch.DriftwatchAgent", manifest.getMainAttributes().getValue("Premain-Class"));
      assertEquals("io.driftwatch.DriftwatchAgent", manifest.getMainAttributes().getValue("Agent-Class"));
      assertEquals("true", manifest.getMainAttributes().getValue("Can-Retransform-Classes"));
    }
    assertEquals(Set.of(), outsideOurPackages, "classes outside io.driftwatch");
    assertEquals(new TreeSet<>(BUNDLED_LIBRARIES), bundled, "bundled libraries differ from the declared list");
  }

  @Test
  void onlyBootstrapClassesAreVisibleAsClasses() throws IOException {
    try (JarFile jar = new JarFile(ForkedJvm.AGENT_JAR)) {
      Set<String> visible = jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.lastIndexOf('/'))).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of("io/driftwatch", "io/driftwatch/bootstrap"), visible);
    }
  }

  @Test
  void everyBundledLibraryHasItsLicenceListed() throws IOException {
    String thirdParty = Files.readString(Path.of(ForkedJvm.AGENT_JAR).getParent().getParent().resolve("THIRD-PARTY.md"));
    for (String library : BUNDLED_LIBRARIES) {
      String javaPackage = library.substring("inst/io/driftwatch/shaded/".length()).replace('/', '.');
      assertTrue(thirdParty.contains(javaPackage), javaPackage + " is bundled but not listed in agent/THIRD-PARTY.md");
    }
  }
}
