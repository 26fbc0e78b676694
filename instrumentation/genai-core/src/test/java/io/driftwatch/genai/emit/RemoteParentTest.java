package io.driftwatch.genai.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The W3C traceparent on the outgoing request is the LLM span's parent; anything else starts a trace. */
class RemoteParentTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  private static SpanContext parentOf(String traceparent) {
    return Span.fromContext(RemoteParent.of(traceparent)).getSpanContext();
  }

  @Test
  void sampledTraceparentBecomesARemoteSampledParent() {
    SpanContext parent = parentOf("00-" + TRACE_ID + "-" + SPAN_ID + "-01");

    assertEquals(TRACE_ID, parent.getTraceId());
    assertEquals(SPAN_ID, parent.getSpanId());
    assertTrue(parent.isRemote());
    assertTrue(parent.isSampled());
  }

  @Test
  void unsampledTraceparentKeepsTheUnsampledFlag() {
    SpanContext parent = parentOf("00-" + TRACE_ID + "-" + SPAN_ID + "-00");

    assertTrue(parent.isValid());
    assertFalse(parent.isSampled());
  }

  @Test
  void laterVersionsWithExtraFieldsAreStillFollowed() {
    assertEquals(TRACE_ID, parentOf("01-" + TRACE_ID + "-" + SPAN_ID + "-01-future").getTraceId());
  }
  @ParameterizedTest
  @ValueSource(strings = {
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01garbage",
      "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01garbage",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7--1",
      "zz-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"})
  void malformedTraceparentsThePropagatorRejectsStartANewTrace(String traceparent) {
    assertSame(Context.root(), RemoteParent.of(traceparent));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
      "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
      "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
      "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
      "00-4bf92f3577b34da6a3ce929d0e0e47zz-00f067aa0ba902b7-01",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-zz",
      "not a traceparent at all, but long enough to reach fifty-five chars"})
  void invalidTraceparentStartsANewTrace(String traceparent) {
    assertSame(Context.root(), RemoteParent.of(traceparent));
  }
}
