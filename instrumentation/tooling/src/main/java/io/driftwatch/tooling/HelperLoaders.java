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
