package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A body the pipeline cannot read still gives one span, saying why it was not analysed. */
class AnalysisSkippedPipelineTest {

  private Pipeline pipeline;

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange chat() {
    return Exchanges.openAiChat("openai-chat/request-max-completion-tokens.json");
  }

  @Test
  void nonJsonResponseIsSkippedAsNotJsonInOneSpan() {
    pipeline = Pipeline.withDefaults();

    Exchanges.respond(chat(), 200, Exchanges.utf8("Hello, this is plain text, not JSON."));

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("not_json", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertEquals("chat gpt-4o-mini", span.getName());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(List.of("not_json"), pipeline.drops);
  }

  @Test
  void jsonThatIsNotAnObjectIsSkippedAsNotJson() {
    pipeline = Pipeline.withDefaults();

    Exchanges.respond(chat(), 200, Exchanges.utf8("[{\"id\":\"chatcmpl-1\"}]"));

    assertEquals("not_json", string(pipeline.finish().onlySpan().getAttributes(), "driftwatch.analysis.skipped"));
  }

  @Test
  void responseOverTheCaptureBoundIsSkippedAsTooLargeInOneSpan() {
    pipeline = Pipeline.with(Map.of(GenAiSettings.MAX_CAPTURED_BODY_BYTES, "256"));

    Exchanges.respond(chat(), 200, "openai-chat/response.json");

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("too_large", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertEquals("gpt-4o-mini", string(span.getAttributes(), "gen_ai.request.model"), "the request is still read");
    assertTrue(absent(span.getAttributes(), "gen_ai.response.id"));
    assertTrue(absent(span.getAttributes(), "gen_ai.usage.input_tokens"));
    assertEquals(List.of("too_large"), pipeline.drops);
  }

  @Test
  void responseOfExactlyTheBoundIsAnalysed() {
    byte[] body = Transcripts.bytes("openai-chat/response.json");
    pipeline = Pipeline.with(Map.of(GenAiSettings.MAX_CAPTURED_BODY_BYTES, Integer.toString(body.length)));

    Exchanges.respond(chat(), 200, body);

    SpanData span = pipeline.finish().onlySpan();
    assertTrue(absent(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertEquals("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG", string(span.getAttributes(), "gen_ai.response.id"));
  }

  @Test
  void responseWhoseBodyWasNeverSeenIsSkippedAsNotCaptured() {
    pipeline = Pipeline.withDefaults();
    LlmExchange exchange = chat();

    exchange.onResponseHead(200, Exchanges.JSON_CONTENT, -1);
    exchange.complete();

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("not_captured", string(span.getAttributes(), "driftwatch.analysis.skipped"));
    assertEquals(List.of(), pipeline.drops, "not seeing a body is not a drop");
  }

  @Test
  void errorAnswerWithEmptyBodyIsStillAnErrorSpan() {
    pipeline = Pipeline.withDefaults();

    Exchanges.respond(chat(), 503, new byte[0]);

    SpanData span = pipeline.finish().onlySpan();
    assertEquals("503", string(span.getAttributes(), "error.type"));
    assertEquals("not_captured", string(span.getAttributes(), "driftwatch.analysis.skipped"));
  }
}
