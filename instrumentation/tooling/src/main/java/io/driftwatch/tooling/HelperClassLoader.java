package io.driftwatch.tooling;

import java.io.IOException;
import java.io.InputStream;

/**
 * Defines an instrumentation's helper classes (an OkHttp interceptor, say) as a child of the
 * application loader that holds the client library, so they can implement its types. Agent types
 * still come from the agent loader; the application's own classes are never changed.
 */
final class HelperClassLoader extends ClassLoader {

  private static final String AGENT_PACKAGE = "io.driftwatch.";

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader agentLoader;
  private final String helperPackage;

  HelperClassLoader(ClassLoader applicationLoader, ClassLoader agentLoader, String helperPackage) {
    super("driftwatch-helpers", applicationLoader);
    this.agentLoader = agentLoader;
    this.helperPackage = helperPackage;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        if (name.startsWith(helperPackage)) {
          loaded = defineHelper(name);
        } else if (name.startsWith(AGENT_PACKAGE)) {
          loaded = agentLoader.loadClass(name);
        } else {
          loaded = getParent().loadClass(name);
        }
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private Class<?> defineHelper(String name) throws ClassNotFoundException {
    String resource = name.replace('.', '/') + ".class";
    try (InputStream in = agentLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
