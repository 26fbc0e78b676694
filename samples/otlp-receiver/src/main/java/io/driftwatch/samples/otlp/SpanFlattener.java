package io.driftwatch.samples.otlp;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Unfolds the resource -> scope -> span nesting of an export request into one ReceivedSpan per span. */
final class SpanFlattener {

  private static final HexFormat HEX = HexFormat.of();

  private SpanFlattener() {}

  static List<ReceivedSpan> flatten(ExportTraceServiceRequest request) {
    List<ReceivedSpan> spans = new ArrayList<>();
    for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
      Map<String, Object> resource = ProtoAttributes.toMap(resourceSpans.getResource().getAttributesList());
      for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
        String scopeName = scopeSpans.getScope().getName();
        for (Span span : scopeSpans.getSpansList()) {
          spans.add(toReceived(span, resource, scopeName));
        }
      }
    }
    return spans;
  }

  private static ReceivedSpan toReceived(Span span, Map<String, Object> resource, String scopeName) {
    return new ReceivedSpan(
        span.getName(),
        withoutPrefix(span.getKind().name(), "SPAN_KIND_"),
        HEX.formatHex(span.getTraceId().toByteArray()),
        HEX.formatHex(span.getSpanId().toByteArray()),
        HEX.formatHex(span.getParentSpanId().toByteArray()),
        span.getStartTimeUnixNano(),
        span.getEndTimeUnixNano(),
        ProtoAttributes.toMap(span.getAttributesList()),
        withoutPrefix(span.getStatus().getCode().name(), "STATUS_CODE_"),
        span.getStatus().getMessage(),
        events(span),
        resource,
        scopeName);
  }

  private static List<ReceivedEvent> events(Span span) {
    List<ReceivedEvent> events = new ArrayList<>(span.getEventsCount());
    for (Span.Event event : span.getEventsList()) {
      events.add(new ReceivedEvent(
          event.getName(), event.getTimeUnixNano(), ProtoAttributes.toMap(event.getAttributesList())));
    }
    return List.copyOf(events);
  }

  // Enum names carry the proto prefix ("SPAN_KIND_CLIENT"); tests and logs speak without it.
  private static String withoutPrefix(String enumName, String prefix) {
    return enumName.startsWith(prefix) ? enumName.substring(prefix.length()) : enumName;
  }
}
