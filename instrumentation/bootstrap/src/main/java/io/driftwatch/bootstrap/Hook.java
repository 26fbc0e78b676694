package io.driftwatch.bootstrap;

/**
 * What an instrumentation implements inside the agent class loader and installs on its {@link
 * Bridge}. JDK types only cross: the advice inlined into a library passes the library's objects as
 * {@code Object}, and the instrumentation's own operation numbers say which event it is. Unused
 * arguments are null. May throw; the bridge catches.
 */
@FunctionalInterface
public interface Hook {

  Object call(int operation, Object a, Object b, Object c) throws Throwable;
}
