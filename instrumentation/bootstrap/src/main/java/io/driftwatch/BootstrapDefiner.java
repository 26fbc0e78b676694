package io.driftwatch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defines the bootstrap bridge classes directly in the boot loader, so the agent jar never goes on
 * the bootstrap search path (which would turn off class data sharing for every platform and
 * application class). Uses {@code jdk.internal.misc.Unsafe.defineClass}, which {@link
 * BootstrapInstaller} exports, through {@code Instrumentation.redefineModule}, to the unnamed module of
 * the throwaway class loader this class is loaded in: never to the application's unnamed module.
 * JDK types only; java.base is all its loader sees.
 */
public final class BootstrapDefiner {

  private BootstrapDefiner() {}

  /**
   * Defines every class (binary name to class file) in the boot loader; a class whose supertype is
   * among the others is retried once that one is defined. Throws on the first other failure.
   */
  public static void defineAll(Map<String, byte[]> classes) throws Throwable {
    Class<?> unsafeType = Class.forName("jdk.internal.misc.Unsafe");
    Object unsafe = unsafeType.getMethod("getUnsafe").invoke(null);
    Method defineClass = unsafeType.getMethod("defineClass",
        String.class, byte[].class, int.class, int.class, ClassLoader.class, ProtectionDomain.class);
    Map<String, byte[]> pending = new LinkedHashMap<>(classes);
    while (!pending.isEmpty()) {
      int before = pending.size();
      Throwable missingSupertype = null;
      for (Iterator<Map.Entry<String, byte[]>> it = pending.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, byte[]> entry = it.next();
        byte[] bytes = entry.getValue();
        try {
          defineClass.invoke(unsafe, entry.getKey(), bytes, 0, bytes.length, null, null);
          it.remove();
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof NoClassDefFoundError)) {
            throw e.getCause();
          }
          missingSupertype = e.getCause();
        }
      }
      if (pending.size() == before) {
        throw missingSupertype;
      }
    }
  }
}
