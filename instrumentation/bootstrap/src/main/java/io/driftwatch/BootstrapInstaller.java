package io.driftwatch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the premain entry ({@link DriftwatchAgent}) hands over to once it has checked the runtime.
 * Loaded by the system class loader, so it only makes the bootstrap classes (the bridges that inlined advice calls, the agent starter and its class loader)
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
public final class BootstrapInstaller {

  private static final String STARTER = "io.driftwatch.bootstrap.AgentStarter";
  /** Written by agent/pom.xml's packaging: the bootstrap class files at the jar root, one a line. */
  static final String BOOTSTRAP_CLASS_LIST = "META-INF/driftwatch-bootstrap-classes.txt";
  private static final String DEFINER = "io.driftwatch.BootstrapDefiner";
  /**
   * Where driftwatch-extension.jar keeps the bootstrap classes: outside the class path of the loader
   * that holds the jar, so that loader can never define a copy of its own (hooks installed on a copy
   * would never be reached by the advice, which calls the boot loader's).
   */
  static final String EXTENSION_BOOTSTRAP_DIR = "driftwatch-bootstrap/";
  private static final String LOG_PREFIX = "[driftwatch] ";

  private BootstrapInstaller() {}

  /** Called reflectively by {@link DriftwatchAgent}, on a runtime it has checked. */
  public static void start(String agentArgs, Instrumentation instrumentation) {
    try {
      File agentJar = new File(BootstrapInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      makeBootstrapClassesVisible(instrumentation, agentJar);
      Class.forName(STARTER, true, null)
          .getMethod("start", Instrumentation.class, String.class, File.class)
          .invoke(null, instrumentation, agentArgs, agentJar);
    } catch (Throwable t) {
      System.err.println(LOG_PREFIX + "agent disabled, application continues without it: " + t);
    }
  }

  /**
   * For driftwatch-extension.jar, whose classes the official agent's extension class loader holds:
   * defines the bootstrap classes in the boot loader from that loader's resources, before any class
   * that refers to them is loaded. There is no jar to append when that fails, so it throws.
   */
  public static void defineBootstrapClasses(Instrumentation instrumentation, ClassLoader holder) throws Throwable {
    if (!bootLoaderHasStarter()) {
      defineInBootLoader(instrumentation, name -> readResource(holder,
          name.startsWith("io/driftwatch/bootstrap/") ? EXTENSION_BOOTSTRAP_DIR + name : name));
    }
  }

  private static void makeBootstrapClassesVisible(Instrumentation instrumentation, File agentJar) throws IOException {
    if (bootLoaderHasStarter()) {
      return; // a second -javaagent, a repeated attach, or the jar is on -Xbootclasspath/a
    }
    // pre-start flags (see PreStartFlags): the agent's configuration does not exist yet
    if (!Boolean.getBoolean(PreStartFlags.BOOTSTRAP_APPEND)) {
      try {
        defineInBootLoader(instrumentation, agentJar);
        if (Boolean.getBoolean(PreStartFlags.DEBUG)) {
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
    try (JarFile jar = new JarFile(agentJar, false)) {
      defineInBootLoader(instrumentation, name -> read(jar, name));
    }
  }

  /** Reads an entry of the agent's jar by its path. */
  private interface Entries {
    byte[] read(String name) throws IOException;
  }

  private static void defineInBootLoader(Instrumentation instrumentation, Entries jar) throws Throwable {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    // The build lists the bootstrap classes: reading a list is much cheaper than scanning every entry.
    String list = new String(jar.read(BOOTSTRAP_CLASS_LIST), StandardCharsets.UTF_8);
    for (String entry : list.split("\\s+")) {
      if (!entry.isEmpty()) {
        classes.put(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'), jar.read(entry));
      }
    }
    byte[] definerBytes = jar.read(DEFINER.replace('.', '/') + ".class");
    if (!classes.containsKey(STARTER)) {
      throw new IllegalStateException(STARTER + " is not listed in " + BOOTSTRAP_CLASS_LIST);
    }
    Class<?> definer = new DefinerLoader().define(DEFINER, definerBytes);
    instrumentation.redefineModule(Object.class.getModule(), Set.of(),
        Map.of("jdk.internal.misc", Set.of(definer.getModule())), Map.of(), Set.of(), Map.<Class<?>, List<Class<?>>>of());
    try {
      definer.getMethod("defineAll", Map.class).invoke(null, classes);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (!bootLoaderHasStarter()) {
      throw new IllegalStateException(STARTER + " is not visible from the boot loader after its definition");
    }
  }

  private static byte[] read(JarFile jar, String name) throws IOException {
    JarEntry entry = jar.getJarEntry(name);
    if (entry == null) {
      throw new IOException(name + " is not in " + jar.getName());
    }
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static byte[] readResource(ClassLoader holder, String name) throws IOException {
    try (InputStream in = holder.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not a resource of " + holder);
      }
      return in.readAllBytes();
    }
  }

  /**
   * A class loader of its own for {@link BootstrapDefiner} (parent: the boot loader), so the export
   * of jdk.internal.misc reaches its unnamed module and nothing else.
   */
  private static final class DefinerLoader extends ClassLoader {

    DefinerLoader() {
      super("driftwatch-bootstrap-definer", null);
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
