package io.driftwatch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Entry point named in the jar manifest. Loaded by the system class loader, so it only makes the
 * bootstrap classes (the bridges that inlined advice calls, the agent starter and its class loader)
 * visible to the boot loader and hands over; everything else runs in the isolated agent class
 * loader. Never lets a failure escape: a broken agent must not stop the application.
 *
 * <p>The bootstrap classes are defined directly in the boot loader rather than by appending the
 * agent jar to the bootstrap search path: any such append makes the JVM print "Sharing is only
 * supported for boot loader classes because bootstrap classpath has been appended" and stop using
 * class data sharing (the JDK's default CDS archive, an application's AppCDS archive) for every
 * platform and application class. If the direct definition fails, or with
 * {@code -Ddriftwatch.bootstrap.append=true}, the jar is appended as before, with one line in the
 * agent log.
 */
public final class DriftwatchAgent {

  static final String APPEND_PROPERTY = "driftwatch.bootstrap.append";
  private static final String STARTER = "io.driftwatch.bootstrap.AgentStarter";
  private static final String BOOTSTRAP_PACKAGE = "io/driftwatch/bootstrap/";
  private static final String DEFINER = "io.driftwatch.BootstrapDefiner";
  private static final String LOG_PREFIX = "[driftwatch] ";

  private DriftwatchAgent() {}

  public static void premain(String agentArgs, Instrumentation instrumentation) {
    start(agentArgs, instrumentation);
  }

  public static void agentmain(String agentArgs, Instrumentation instrumentation) {
    start(agentArgs, instrumentation);
  }

  private static void start(String agentArgs, Instrumentation instrumentation) {
    try {
      File agentJar = new File(DriftwatchAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      makeBootstrapClassesVisible(instrumentation, agentJar);
      Class.forName(STARTER, true, null)
          .getMethod("start", Instrumentation.class, String.class, File.class)
          .invoke(null, instrumentation, agentArgs, agentJar);
    } catch (Throwable t) {
      System.err.println(LOG_PREFIX + "agent disabled, application continues without it: " + t);
    }
  }

  private static void makeBootstrapClassesVisible(Instrumentation instrumentation, File agentJar) throws IOException {
    if (bootLoaderHasStarter()) {
      return; // a second -javaagent, a repeated attach, or the jar is on -Xbootclasspath/a
    }
    if (!Boolean.getBoolean(APPEND_PROPERTY)) {
      try {
        defineInBootLoader(instrumentation, agentJar);
        if (Boolean.getBoolean("driftwatch.debug")) {
          System.err.println(LOG_PREFIX + "bootstrap classes defined in the boot loader");
        }
        return;
      } catch (Throwable t) {
        // Classes defined before the failure stay; the appended jar holds the same bytes for the rest.
        System.err.println(LOG_PREFIX + "could not define the bootstrap classes in the boot loader (" + t
            + "); appending the agent jar to the bootstrap class path instead, which turns off class data"
            + " sharing for application classes");
      }
    }
    instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(agentJar));
  }

  private static boolean bootLoaderHasStarter() {
    try {
      Class.forName(STARTER, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void defineInBootLoader(Instrumentation instrumentation, File agentJar) throws Throwable {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    try (JarFile jar = new JarFile(agentJar, false)) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(BOOTSTRAP_PACKAGE) && name.endsWith(".class")) {
          try (InputStream in = jar.getInputStream(entry)) {
            classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), in.readAllBytes());
          }
        }
      }
    }
    if (!classes.containsKey(STARTER)) {
      throw new IllegalStateException(STARTER + " is not at the root of " + agentJar);
    }
    // A loader of its own (parent: the boot loader), so the export below reaches its unnamed module
    // and nothing else; closed once the classes are defined.
    try (URLClassLoader definerLoader = new URLClassLoader("driftwatch-bootstrap-definer",
        new URL[] {agentJar.toURI().toURL()}, null)) {
      Class<?> definer = Class.forName(DEFINER, true, definerLoader);
      instrumentation.redefineModule(Object.class.getModule(), Set.of(),
          Map.of("jdk.internal.misc", Set.of(definer.getModule())), Map.of(), Set.of(), Map.<Class<?>, List<Class<?>>>of());
      try {
        definer.getMethod("defineAll", Map.class).invoke(null, classes);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    }
    if (!bootLoaderHasStarter()) {
      throw new IllegalStateException(STARTER + " is not visible from the boot loader after its definition");
    }
  }
}
