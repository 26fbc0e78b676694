package io.driftwatch.genai.exchange;

import java.lang.reflect.Method;

/**
 * The span current on the calling thread according to the official OpenTelemetry Java agent, when
 * one is attached too, as a W3C traceparent: so an LLM span joins the trace of the request being
 * served even though the agents share no classes. Read through the bridge class that agent puts
 * on the bootstrap path; absent agent, absent parent. Also whether that span is a GenAI span (it
 * carries {@code gen_ai.operation.name}): then the official agent's GenAI instrumentation covers the
 * call and records the standard metrics for it.
 */
final class OfficialAgentContext {

  // Built at run time: a literal would be rewritten when our own copy of OpenTelemetry is relocated.
  private static final String BRIDGE = String.join(".", "io", "opentelemetry", "javaagent", "bootstrap",
      "Java8BytecodeBridge");
  private static final Accessors ACCESSORS = Accessors.find();

  private record Accessors(Method currentSpan, Method spanContext, Method isValid, Method traceId, Method spanId,
      Method isSampled) {

    static Accessors find() {
      try {
        Class<?> bridge = Class.forName(BRIDGE, false, null);
        Method currentSpan = bridge.getMethod("currentSpan");
        Method spanContext = currentSpan.getReturnType().getMethod("getSpanContext");
        Class<?> contextType = spanContext.getReturnType();
        return new Accessors(currentSpan, spanContext, contextType.getMethod("isValid"),
            contextType.getMethod("getTraceId"), contextType.getMethod("getSpanId"), contextType.getMethod("isSampled"));
      } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
        return null;
      }
    }
  }

  private static final String GENAI_OPERATION = "gen_ai.operation.name";
  // looked up once per implementation class: this runs on the calling thread of every LLM call
  private static final ClassValue<Method> TO_SPAN_DATA = cachedMethod("toSpanData");
  private static final ClassValue<Method> GET_ATTRIBUTES = cachedMethod("getAttributes");
  private static final ClassValue<Method> AS_MAP = cachedMethod("asMap");
  private static final ClassValue<Method> GET_KEY = cachedMethod("getKey");

  private OfficialAgentContext() {}

  /**
   * Reads the SDK span behind the official agent's current span: {@code toSpanData()} of its
   * ReadableSpan, then the attribute keys' names, all reflectively through the public interfaces
   * (the SDK's span class itself is not public).
   */
  static boolean currentSpanIsGenAi() {
    Accessors accessors = ACCESSORS;
    if (accessors == null) {
      return false;
    }
    try {
      Object span = accessors.currentSpan.invoke(null);
      Method toSpanData = TO_SPAN_DATA.get(span.getClass());
      if (toSpanData == null) {
        return false; // not an SDK span: no span is current
      }
      Object data = toSpanData.invoke(span);
      Object attributes = GET_ATTRIBUTES.get(data.getClass()).invoke(data);
      Object map = AS_MAP.get(attributes.getClass()).invoke(attributes);
      for (Object key : ((java.util.Map<?, ?>) map).keySet()) {
        if (GENAI_OPERATION.equals(String.valueOf(GET_KEY.get(key.getClass()).invoke(key)))) {
          return true;
        }
      }
      return false;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static ClassValue<Method> cachedMethod(String name) {
    return new ClassValue<>() {
      @Override
      protected Method computeValue(Class<?> type) {
        return publicInterfaceMethod(type, name);
      }
    };
  }

  /** The named no-argument method as a public interface of the type declares it, or null. */
  private static Method publicInterfaceMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> face : c.getInterfaces()) {
        Method found = interfaceMethod(face, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Method interfaceMethod(Class<?> face, String name) {
    if (java.lang.reflect.Modifier.isPublic(face.getModifiers())) {
      try {
        return face.getMethod(name);
      } catch (NoSuchMethodException absent) {
        // look further up
      }
    }
    for (Class<?> parent : face.getInterfaces()) {
      Method found = interfaceMethod(parent, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** @return the traceparent of the official agent's current span, or null */
  static String currentTraceparent() {
    Accessors accessors = ACCESSORS;
    if (accessors == null) {
      return null;
    }
    try {
      Object span = accessors.currentSpan.invoke(null);
      Object context = accessors.spanContext.invoke(span);
      if (!(Boolean) accessors.isValid.invoke(context)) {
        return null;
      }
      return "00-" + accessors.traceId.invoke(context) + "-" + accessors.spanId.invoke(context)
          + ((Boolean) accessors.isSampled.invoke(context) ? "-01" : "-00");
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
