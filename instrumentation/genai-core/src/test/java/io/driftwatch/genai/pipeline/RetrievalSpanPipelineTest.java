package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.bool;
import static io.driftwatch.genai.testing.AttributeValues.decimal;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Telemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Given a vector-store query seen by a client adapter, this span and these retrieval metrics. */
class RetrievalSpanPipelineTest {

  private static final String QDRANT_REQUEST = "{\"vector\":[0.11,0.22,0.33],\"limit\":3,"
      + "\"filter\":{\"must\":[{\"key\":\"lang\",\"match\":{\"value\":\"en\"}}]},\"with_payload\":true}";
  private static final String QDRANT_ANSWER = "{\"result\":[{\"id\":1,\"score\":0.91,\"payload\":{\"text\":\"PAYLOAD-TEXT\"}},"
      + "{\"id\":2,\"score\":0.72,\"payload\":{\"text\":\"more\"}}],\"status\":\"ok\",\"time\":0.002}";

  private final Pipeline pipeline = Pipeline.withDefaults();

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange query(String path, String request) {
    return Exchanges.start("qdrant.internal", 6333, path, HeaderLookup.NONE, Exchanges.TRACEPARENT,
        Exchanges.utf8(request));
  }

  @Test
  void qdrantSearchIsARetrievalClientSpanWithDatabaseAttributesAndNoPayloads() {
    Exchanges.respond(query("/collections/docs/points/search", QDRANT_REQUEST), 200, Exchanges.utf8(QDRANT_ANSWER));

    SpanData span = pipeline.finish().onlySpan();
    Attributes attributes = span.getAttributes();
    assertEquals("retrieval docs", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", span.getTraceId());
    assertEquals("retrieval", string(attributes, "gen_ai.operation.name"));
    assertEquals("qdrant", string(attributes, "db.system.name"));
    assertEquals("docs", string(attributes, "db.collection.name"));
    assertEquals("docs", string(attributes, "gen_ai.data_source.id"));
    assertEquals("search", string(attributes, "db.operation.name"));
    assertEquals("search docs", string(attributes, "db.query.summary"));
    assertEquals(3L, whole(attributes, "gen_ai.request.top_k"));
    assertEquals(2L, whole(attributes, "db.response.returned_rows"));
    assertEquals(0.91, decimal(attributes, "driftwatch.retrieval.score.top"));
    assertEquals(0.72, decimal(attributes, "driftwatch.retrieval.score.bottom"));
    assertEquals("similarity", string(attributes, "driftwatch.retrieval.score.kind"));
    assertEquals(true, bool(attributes, "driftwatch.retrieval.filtered"));
    assertEquals(6333L, whole(attributes, "server.port"));
    assertTrue(absent(attributes, "error.type"));
    assertFalse(attributes.toString().contains("PAYLOAD-TEXT"), attributes.toString());
    assertFalse(attributes.toString().contains("0.11"), "no vector values: " + attributes);
  }

  @Test
  void retrievalMetricsCarryCollectionHitsAndTopScore() {
    Exchanges.respond(query("/collections/docs/points/search", QDRANT_REQUEST), 200, Exchanges.utf8(QDRANT_ANSWER));
    Exchanges.respond(query("/collections/docs/points/search", QDRANT_REQUEST), 200,
        Exchanges.utf8("{\"result\":[],\"status\":\"ok\"}"));

    Telemetry telemetry = pipeline.finish();
    HistogramPointData duration = telemetry.histogramPoints("db.client.operation.duration").get(0);
    assertEquals(2, duration.getCount());
    assertEquals("docs", string(duration.getAttributes(), "db.collection.name"));
    assertEquals("qdrant", string(duration.getAttributes(), "db.system.name"));
    HistogramPointData rows = telemetry.histogramPoints("db.client.response.returned_rows").get(0);
    assertEquals(2, rows.getCount());
    assertEquals(2.0, rows.getSum());
    HistogramPointData top = telemetry.histogramPoints("driftwatch.retrieval.top_score").get(0);
    assertEquals(1, top.getCount());
    assertEquals(0.91, top.getSum(), 1e-9);
    assertEquals("similarity", string(top.getAttributes(), "driftwatch.retrieval.score.kind"));
    MetricData empty = telemetry.metric("driftwatch.retrieval.empty_results");
    List<LongPointData> points = List.copyOf(empty.getLongSumData().getPoints());
    assertEquals(1, points.get(0).getValue());
  }

  @Test
  void unknownAnswerShapeGivesASpanWithoutHitsAndACountedDrop() {
    Exchanges.respond(query("/collections/docs/points/search", QDRANT_REQUEST), 200,
        Exchanges.utf8("{\"something\":\"else\"}"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("retrieval docs", span.getName());
    assertTrue(absent(span.getAttributes(), "db.response.returned_rows"));
    assertTrue(absent(span.getAttributes(), "driftwatch.retrieval.score.top"));
    assertEquals("unknown_shape", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertTrue(pipeline.drops.contains("retrieval_unknown_shape"), pipeline.drops.toString());
  }

  @Test
  void notJsonAnswerGivesASpanAndACountedDrop() {
    Exchanges.respond(query("/collections/docs/points/search", QDRANT_REQUEST), 200, Exchanges.utf8("<html>"));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("not_json", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertTrue(pipeline.drops.contains("not_json"), pipeline.drops.toString());
  }

  @Test
  void storeErrorIsAnErrorSpanAndNoScoreIsRecorded() {
    Exchanges.respond(query("/collections/missing/points/search", QDRANT_REQUEST), 404,
        Exchanges.utf8("{\"status\":{\"error\":\"Not found: Collection `missing` doesn't exist!\"},\"time\":0.0}"));

    Telemetry telemetry = pipeline.finish();
    SpanData span = telemetry.onlySpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("404", string(span.getAttributes(), "error.type"));
    assertEquals(404L, whole(span.getAttributes(), "http.response.status_code"));
    assertEquals("404", string(telemetry.histogramPoints("db.client.operation.duration").get(0).getAttributes(),
        "error.type"));
    assertNull(telemetry.metric("driftwatch.retrieval.top_score"));
  }

  @Test
  void plainElasticsearchSearchGivesNoSpan() {
    LlmEndpoint endpoint = LlmExchanges.detect("es.internal", 9200, "/logs/_search", HeaderLookup.NONE);
    assertNotNull(endpoint);
    LlmExchange exchange = Exchanges.start("es.internal", 9200, "/logs/_search", HeaderLookup.NONE, null,
        Exchanges.utf8("{\"query\":{\"match\":{\"msg\":\"error\"}}}"));
    Exchanges.respond(exchange, 200, Exchanges.utf8("{\"hits\":{\"hits\":[]}}"));

    assertEquals(List.of(), pipeline.finish().spans());
  }

  @Test
  void llmCallsStillBecomeChatSpansBesideRetrievals() {
    Exchanges.respond(Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json"), 200,
        "openai-chat/response.json");

    assertEquals("chat gpt-4o-mini", pipeline.finish().onlySpan().getName());
  }
}
