package io.driftwatch.genai.emit;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.List;

/**
 * The parent of an LLM span: the W3C {@code traceparent} the application (or another agent) put on
 * the outgoing request, so our span joins its trace; otherwise a new trace. Parsed by the
 * OpenTelemetry propagator itself, which rejects every malformed value the specification does.
 */
public final class RemoteParent {

  private static final String TRACEPARENT = "traceparent";
  private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(String carrier) {
      return List.of(TRACEPARENT);
    }

    @Override
    public String get(String carrier, String key) {
      return TRACEPARENT.equals(key) ? carrier : null;
    }
  };

  private RemoteParent() {}

  public static Context of(String traceparent) {
    if (traceparent == null) {
      return Context.root();
    }
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY);
  }
}
