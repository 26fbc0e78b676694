package io.driftwatch.tooling;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One helper instance per (application class loader, helper class), created on first use. Values
 * are weak: the application keeps a helper alive by using it, and an undeployed application's
 * loader is never pinned by the agent.
 */
public final class HelperLoaders {

  private final ClassLoader agentLoader;
  private final Map<ClassLoader, Map<String, WeakReference<Object>>> instances = new WeakHashMap<>();

  public HelperLoaders(ClassLoader agentLoader) {
    this.agentLoader = agentLoader;
  }

  /**
   * The helper for each library class's loader, found on first use and then read without a lock: a
   * {@link ClassValue} keeps it exactly as long as that class lives. A library the helper cannot be
   * linked against gets {@code unsupported}, with one log line.
   *
   * @param unsupportedMessage what the log line says, after "this "
   */
  public <T> ClassValue<T> perLibraryClass(String helperPackage, String helperClass, Class<T> type, T unsupported,
      String unsupportedMessage) {
    return new ClassValue<>() {
      @Override
      protected T computeValue(Class<?> libraryClass) {
        ClassLoader loader = libraryClass.getClassLoader();
        if (loader == null) {
          return unsupported;
        }
        try {
          return type.cast(instance(loader, helperPackage, helperClass));
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
          AgentLog.warnOnce(helperClass + "-unsupported", "this " + unsupportedMessage + ": " + e);
          return unsupported;
        }
      }
    };
  }

  /**
   * Returns the shared instance of {@code helperClass} (public, no-argument constructor) defined
   * against {@code applicationLoader}, or throws when the library there lacks what it needs.
   */
  public synchronized Object instance(ClassLoader applicationLoader, String helperPackage, String helperClass)
      throws ReflectiveOperationException {
    Map<String, WeakReference<Object>> perLoader = instances.computeIfAbsent(applicationLoader, k -> new HashMap<>());
    WeakReference<Object> ref = perLoader.get(helperClass);
    Object existing = ref == null ? null : ref.get();
    if (existing != null) {
      return existing;
    }
    ClassLoader helpers = new HelperClassLoader(applicationLoader, agentLoader, helperPackage);
    Object created = helpers.loadClass(helperClass).getConstructor().newInstance();
    perLoader.put(helperClass, new WeakReference<>(created));
    return created;
  }
}
