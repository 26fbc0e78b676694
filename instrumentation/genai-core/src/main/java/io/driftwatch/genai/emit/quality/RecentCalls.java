package io.driftwatch.genai.emit.quality;

import io.driftwatch.genai.util.LruMap;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;

/**
 * The last few thousand calls by response id: where a late quality score finds its span and its
 * metric attributes. Analyzer thread only.
 */
public final class RecentCalls {

  private static final int REMEMBERED = 4096;

  /** What a score needs of its call. */
  public record Call(SpanContext span, Attributes metricAttributes) {}

  private final Map<String, Call> byResponseId = new LruMap<>(REMEMBERED);

  public void remember(String responseId, SpanContext span, Attributes metricAttributes) {
    if (responseId != null) {
      byResponseId.put(responseId, new Call(span, metricAttributes));
    }
  }

  public Call find(String responseId) {
    return byResponseId.get(responseId);
  }
}
