package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.bool;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ollama's native API: a JSON answer or an NDJSON stream, each one span. */
class OllamaSpanPipelineTest {

  private static final HeaderLookup NDJSON = Exchanges.header("content-type", "application/x-ndjson");

  private Pipeline pipeline;

  @BeforeEach
  void start() {
    pipeline = Pipeline.withDefaults();
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  private static LlmExchange chat(String body) {
    return Exchanges.start("localhost", 11434, "/api/chat", HeaderLookup.NONE, Exchanges.TRACEPARENT,
        Exchanges.utf8(body));
  }

  @Test
  void requestParametersItNeverSetAreNotAttributes() {
    Exchanges.respond(chat("{\"model\":\"llama3.2\",\"stream\":false,\"messages\":[],"
        + "\"options\":{\"stop\":[],\"temperature\":null,\"num_predict\":-1}}"), 200, "ollama-chat/response.json");

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    for (String unset : List.of("gen_ai.request.stop_sequences", "gen_ai.request.temperature",
        "gen_ai.request.max_tokens", "gen_ai.request.top_p", "gen_ai.request.seed")) {
      assertTrue(absent(span, unset), unset + " was set although the request never set it");
    }
  }

  @Test
  void wholeChatAnswerGivesAChatSpanWithEvalCounts() {
    Exchanges.respond(chat(Transcripts.text("ollama-chat/request.json")), 200, "ollama-chat/response.json");

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals("chat llama3.2", pipeline.telemetry.onlySpan().getName());
    assertEquals("ollama", string(span, "gen_ai.provider.name"));
    assertEquals(Boolean.FALSE, bool(span, "gen_ai.request.stream"));
    assertEquals(List.of("stop"), strings(span, "gen_ai.response.finish_reasons"));
    assertEquals(26L, whole(span, "gen_ai.usage.input_tokens"));
    assertEquals(17L, whole(span, "gen_ai.usage.output_tokens"));
    assertEquals(11434L, whole(span, "server.port"));
  }

  @Test
  void ndjsonStreamIsReadLineByLineIntoOneSpan() {
    LlmExchange exchange = chat("{\"model\":\"llama3.2\",\"messages\":[{\"role\":\"user\",\"content\":\"Why?\"}]}");
    exchange.onResponseHead(200, NDJSON, -1);
    for (String line : Transcripts.text("ollama-chat/response-stream.ndjson").split("(?<=\n)")) {
      exchange.onResponseBytes(ByteBuffer.wrap(Exchanges.utf8(line)));
    }
    exchange.complete();

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals(Boolean.TRUE, bool(span, "gen_ai.request.stream"));
    assertEquals(List.of("stop"), strings(span, "gen_ai.response.finish_reasons"));
    assertEquals(3L, whole(span, "gen_ai.usage.output_tokens"));
    assertEquals(3L, whole(span, "driftwatch.stream.chunks"));
    assertEquals("provider", string(span, "driftwatch.stream.usage"));
    assertEquals("completed", string(span, "driftwatch.response.outcome"));
  }

  @Test
  void closingRightAfterTheDoneLineIsACompletedCallNotACancellation() {
    LlmExchange exchange = chat("{\"model\":\"llama3.2\",\"messages\":[]}");
    exchange.onResponseHead(200, NDJSON, -1);
    byte[] body = Transcripts.bytes("ollama-chat/response-stream.ndjson");
    exchange.onResponseBytes(body, 0, body.length);
    exchange.closeEarly();

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals("success", string(span, "driftwatch.outcome"));
    assertEquals("completed", string(span, "driftwatch.response.outcome"));
  }

  @Test
  void closingMidStreamIsACancellation() {
    LlmExchange exchange = chat("{\"model\":\"llama3.2\",\"messages\":[]}");
    exchange.onResponseHead(200, NDJSON, -1);
    byte[] firstLine = Exchanges.utf8("{\"model\":\"llama3.2\",\"message\":{\"content\":\"Ray\"},\"done\":false}\n");
    exchange.onResponseBytes(firstLine, 0, firstLine.length);
    exchange.closeEarly();

    Attributes span = pipeline.finish().onlySpan().getAttributes();
    assertEquals("cancelled", string(span, "driftwatch.outcome"));
    assertEquals("absent", string(span, "driftwatch.stream.usage"));
  }
}
