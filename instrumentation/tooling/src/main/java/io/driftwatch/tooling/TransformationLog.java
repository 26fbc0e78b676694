package io.driftwatch.tooling;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/** Logs each instrumented type in debug mode, and a failed transformation once per type. */
final class TransformationLog extends AgentBuilder.Listener.Adapter {

  @Override
  public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded,
      DynamicType dynamicType) {
    AgentLog.debug("instrumented " + type.getName());
  }

  @Override
  public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
    AgentLog.warnOnce("transform:" + typeName, "could not instrument " + typeName + ", left unchanged: " + error);
  }
}
