package io.driftwatch.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Loads the agent's implementation from the {@code inst/} folder of the agent jar, where classes
 * are stored as {@code .classdata} so no application class loader or class-path scanner ever sees
 * them. Its parent is the platform loader: the agent sees the JDK (java.net.http included) and
 * nothing of the application.
 */
public final class AgentClassLoader extends ClassLoader {

  static final String ROOT = "inst/";
  private static final String CLASS_SUFFIX = ".class";
  private static final String CLASSDATA_SUFFIX = ".classdata";
  private static final String BOOTSTRAP_PACKAGE = "io/driftwatch/bootstrap/";

  static {
    registerAsParallelCapable();
  }

  private final JarFile jar;
  private final String jarUrl;
  private final ProtectionDomain protectionDomain;
  private final String version;

  public AgentClassLoader(File agentJar) throws IOException {
    super("driftwatch-agent", ClassLoader.getPlatformClassLoader());
    this.jar = new JarFile(agentJar, false);
    URL location = agentJar.toURI().toURL();
    this.jarUrl = location.toExternalForm();
    this.protectionDomain = new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null, this, null);
    Manifest manifest = jar.getManifest();
    this.version = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JarEntry entry = jar.getJarEntry(ROOT + name.replace('.', '/') + CLASSDATA_SUFFIX);
    if (entry == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    definePackageOf(name);
    return defineClass(name, bytes, 0, bytes.length, protectionDomain);
  }

  private void definePackageOf(String className) {
    int dot = className.lastIndexOf('.');
    if (dot > 0) {
      String pkg = className.substring(0, dot);
      if (getDefinedPackage(pkg) == null) {
        try {
          definePackage(pkg, null, null, null, "Driftwatch", version, null, null);
        } catch (IllegalArgumentException alreadyDefinedByAnotherThread) {
          // parallel-capable loader: another thread won the race
        }
      }
    }
  }

  @Override
  protected URL findResource(String name) {
    String entryName = entryNameOf(name);
    if (jar.getJarEntry(entryName) == null) {
      return null;
    }
    try {
      return new URL("jar:" + jarUrl + "!/" + entryName);
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null ? Collections.emptyEnumeration() : Collections.enumeration(Collections.singletonList(url));
  }

  /** Class bytes are served too: Byte Buddy reads advice classes through getResourceAsStream. */
  @Override
  public InputStream getResourceAsStream(String name) {
    InputStream parentStream = getParent().getResourceAsStream(name);
    if (parentStream != null) {
      return parentStream;
    }
    JarEntry entry = jar.getJarEntry(entryNameOf(name));
    if (entry == null) {
      entry = bootstrapClassEntry(name);
    }
    if (entry == null) {
      return null;
    }
    try {
      return jar.getInputStream(entry);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The class file of a bootstrap class, kept at the jar root. The boot loader serves no resource
   * for them (they are defined in it directly, not found on its search path), so Byte Buddy reads
   * their bytes here.
   */
  private JarEntry bootstrapClassEntry(String resourceName) {
    String path = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
    if (path.startsWith(BOOTSTRAP_PACKAGE) && path.endsWith(CLASS_SUFFIX)) {
      return jar.getJarEntry(path);
    }
    return null;
  }

  private static String entryNameOf(String resourceName) {
    String path = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
    if (path.endsWith(CLASS_SUFFIX)) {
      return ROOT + path.substring(0, path.length() - CLASS_SUFFIX.length()) + CLASSDATA_SUFFIX;
    }
    return ROOT + path;
  }
}
