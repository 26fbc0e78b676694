package io.driftwatch.genai.exchange;

import java.lang.reflect.Method;

/**
 * The span current on the calling thread according to the official OpenTelemetry Java agent, when
 * one is attached too, as a W3C traceparent: so an LLM span joins the trace of the request being
 * served even though the agents share no classes. Read through the bridge class that agent puts
 * on the bootstrap path; absent agent, absent parent.
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

  private OfficialAgentContext() {}

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
