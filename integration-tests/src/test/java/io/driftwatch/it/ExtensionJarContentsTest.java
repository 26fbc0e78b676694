package io.driftwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * driftwatch-extension.jar bundles no OpenTelemetry (the official agent's own copy is used), relocates
 * what it does bundle, and keeps its bootstrap classes out of the extension class loader's reach.
 */
class ExtensionJarContentsTest {

  private static List<String> classes() throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile jar = new JarFile(ForkedJvm.EXTENSION_JAR)) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (entry.getName().endsWith(".class")) {
          names.add(entry.getName().replaceFirst("^META-INF/versions/\\d+/", ""));
        }
      }
    }
    return names;
  }

  @Test
  void everyClassIsDriftwatchsOrRelocatedUnderItsPrefix() throws IOException {
    List<String> foreign = classes().stream().filter(name -> !name.startsWith("io/driftwatch/")
        && !name.startsWith("driftwatch-bootstrap/io/driftwatch/bootstrap/")).toList();
    assertEquals(List.of(), foreign, "classes outside io/driftwatch (no OpenTelemetry, Byte Buddy or Jackson of its own name)");
    assertTrue(classes().stream().anyMatch(name -> name.startsWith("io/driftwatch/shaded/net/bytebuddy/")),
        "Byte Buddy is bundled, relocated");
  }

  @Test
  void theBootstrapClassesAreNotWhereAClassLoaderWouldFindThem() throws IOException {
    List<String> classes = classes();
    assertTrue(classes.stream().noneMatch(name -> name.startsWith("io/driftwatch/bootstrap/")), "loadable bootstrap copies");
    assertTrue(classes.contains("driftwatch-bootstrap/io/driftwatch/bootstrap/Bridge.class"), "the Bridge, to define");
    try (JarFile jar = new JarFile(ForkedJvm.EXTENSION_JAR)) {
      assertTrue(jar.getJarEntry("META-INF/driftwatch-bootstrap-classes.txt") != null, "the list the installer reads");
      assertTrue(jar.getJarEntry("META-INF/services/io.opentelemetry.javaagent.extension.AgentListener") != null,
          "the listener the official agent finds");
    }
  }
}
