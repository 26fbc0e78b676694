package io.driftwatch.genai.emit;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * The GenAI and feature-flag events as the conventions now define them: log records with an event
 * name, tied to the call's span context, exported by the agent's logs pipeline
 * ({@code OTEL_LOGS_EXPORTER}). Span events of the same names stay on, switchable, for backends
 * that read only traces ({@code otel.instrumentation.genai.span-events}).
 */
public final class LogEvents {

  /** No logs pipeline: every event is a span event only. */
  public static final LogEvents NONE = new LogEvents(null);

  private final Logger logger;

  public LogEvents(Logger logger) {
    this.logger = logger;
  }

  /** @param context the span the event belongs to; an invalid context gives a record tied to no span */
  public void emit(String eventName, SpanContext context, long epochNanos, Attributes attributes) {
    if (logger == null) {
      return;
    }
    logger.logRecordBuilder()
        .setEventName(eventName)
        .setContext(context.isValid() ? Context.root().with(Span.wrap(context)) : Context.root())
        .setTimestamp(epochNanos, TimeUnit.NANOSECONDS)
        .setSeverity(Severity.INFO)
        .setAllAttributes(attributes)
        .emit();
  }
}
