package io.driftwatch.genai.emit;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;

/**
 * The parent of an LLM span: the W3C {@code traceparent} the application (or another agent) put on
 * the outgoing request, so our span joins its trace; otherwise a new trace.
 */
final class RemoteParent {

  private static final int TRACEPARENT_LENGTH = 55;

  private RemoteParent() {}

  static Context of(String traceparent) {
    if (traceparent == null || traceparent.length() < TRACEPARENT_LENGTH || traceparent.charAt(2) != '-'
        || traceparent.charAt(35) != '-' || traceparent.charAt(52) != '-' || traceparent.startsWith("ff")) {
      return Context.root();
    }
    String traceId = traceparent.substring(3, 35);
    String spanId = traceparent.substring(36, 52);
    byte flags;
    try {
      flags = (byte) Integer.parseInt(traceparent.substring(53, 55), 16);
    } catch (NumberFormatException e) {
      return Context.root();
    }
    SpanContext parent =
        SpanContext.createFromRemoteParent(traceId, spanId, TraceFlags.fromByte(flags), TraceState.getDefault());
    return parent.isValid() ? Context.root().with(Span.wrap(parent)) : Context.root();
  }
}
