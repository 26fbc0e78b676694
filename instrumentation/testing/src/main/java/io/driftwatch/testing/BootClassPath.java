package io.driftwatch.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Puts the bootstrap classes (the Bridge the advice calls) where the agent puts them, in the boot
 * loader, so advice inlined into the JDK's own HTTP client resolves them as in production. Must run
 * before anything loads them from the class path: it checks, and says so when it is too late.
 */
final class BootClassPath {

  private static final String PACKAGE = "io/driftwatch/bootstrap/";
  private static final String PROBE = PACKAGE + "Bridge.class";

  private BootClassPath() {}

  static void appendBootstrapClasses(Instrumentation instrumentation) throws IOException {
    URL probe = ClassLoader.getSystemResource(PROBE);
    if (probe == null) {
      throw new IllegalStateException(PROBE + " is not on the test class path");
    }
    instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jarHolding(probe)));
    Class<?> bridge;
    try {
      bridge = Class.forName("io.driftwatch.bootstrap.Bridge", false, ClassLoader.getSystemClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    if (bridge.getClassLoader() != null) {
      throw new IllegalStateException("io.driftwatch.bootstrap.Bridge was loaded from the class path before "
          + "InProcessAgent.install(): install the agent first, in a static initializer or @BeforeAll");
    }
  }

  /** The bootstrap module's jar, or (when Maven resolved it to target/classes) a jar made of it. */
  private static File jarHolding(URL probe) throws IOException {
    if ("jar".equals(probe.getProtocol())) {
      return new File(((JarURLConnection) probe.openConnection()).getJarFileURL().getPath());
    }
    Path classes;
    try {
      classes = Path.of(probe.toURI()).getParent().getParent().getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    Path jar = Files.createTempFile("driftwatch-bootstrap", ".jar");
    jar.toFile().deleteOnExit();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes.resolve(PACKAGE))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        try (InputStream in = Files.newInputStream(file)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return jar.toFile();
  }
}
