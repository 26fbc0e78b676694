package io.driftwatch.samples.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the demo prints for a span and for a metric point. */
class ConsoleLinesTest {

  @Test
  void spanLineShowsOnlyGenAiServerAndErrorAttributes() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("gen_ai.request.model", "gpt-4o");
    attributes.put("http.request.method", "POST");
    attributes.put("server.address", "api.openai.com");
    attributes.put("error.type", "429");
    attributes.put("gen_ai.usage.input_tokens", 12L);
    ReceivedSpan span = new ReceivedSpan("chat gpt-4o", "CLIENT", "0af7651916cd43dd8448eb211c80319c",
        "b7ad6b7169203331", "", 1, 2, attributes, "ERROR", "", List.of(), Map.of(), "driftwatch");

    assertEquals("span chat gpt-4o kind=CLIENT trace=0af76519 attrs={gen_ai.request.model=gpt-4o, "
        + "server.address=api.openai.com, error.type=429, gen_ai.usage.input_tokens=12}", ConsoleLines.span(span));
  }

  @Test
  void histogramLineShowsCountAndSum() {
    ReceivedMetric point = metric("gen_ai.client.token.usage", "HISTOGRAM", 2, 30.0, 0);
    assertEquals(Optional.of("metric gen_ai.client.token.usage type=HISTOGRAM attrs={gen_ai.token.type=input} "
        + "count=2 sum=30"), ConsoleLines.metric(point));
  }

  @Test
  void sumLineShowsValue() {
    ReceivedMetric point = metric("gen_ai.drift.checks", "SUM", 0, 0, 0.5);
    assertEquals(Optional.of("metric gen_ai.drift.checks type=SUM attrs={gen_ai.token.type=input} value=0.5"),
        ConsoleLines.metric(point));
  }

  @Test
  void nonGenAiMetricsAreNotPrinted() {
    assertEquals(Optional.empty(), ConsoleLines.metric(metric("jvm.memory.used", "SUM", 0, 0, 1)));
  }

  private static ReceivedMetric metric(String name, String type, long count, double sum, double value) {
    return new ReceivedMetric(name, "", type, Map.of("gen_ai.token.type", "input"), count, sum,
        List.of(), List.of(), value, 0, 0, Map.of(), "driftwatch");
  }
}
