package io.driftwatch.genai.pipeline;

import static io.driftwatch.genai.testing.AttributeValues.absent;
import static io.driftwatch.genai.testing.AttributeValues.decimal;
import static io.driftwatch.genai.testing.AttributeValues.string;
import static io.driftwatch.genai.testing.AttributeValues.strings;
import static io.driftwatch.genai.testing.AttributeValues.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.testing.Exchanges;
import io.driftwatch.genai.testing.Transcripts;
import io.opentelemetry.api.common.Attributes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Embeddings answer with vectors: no text verdicts, but how many inputs and how many dimensions. */
class EmbeddingsPipelineTest {

  private static final List<String> TEXT_SIGNALS = List.of("driftwatch.refusal", "driftwatch.refusal.source",
      "driftwatch.output.length", "driftwatch.format.compliant", "driftwatch.tool_call.names");
  private static final List<String> TEXT_METRICS = List.of("driftwatch.llm.empty_outputs",
      "driftwatch.llm.output.length", "driftwatch.llm.refusals", "driftwatch.llm.duplicate_outputs",
      "driftwatch.llm.format.checks", "driftwatch.llm.truncations");

  private final Pipeline pipeline = Pipeline.withDefaults();

  @AfterEach
  void close() {
    pipeline.close();
  }

  private Attributes call(String host, int port, String path, byte[] request, byte[] response) {
    LlmExchange exchange = Exchanges.start(host, port, path, HeaderLookup.NONE, null, request);
    Exchanges.respond(exchange, 200, response);
    return pipeline.finish().onlySpan().getAttributes();
  }

  private void assertNoTextSignals(Attributes span) {
    for (String name : TEXT_SIGNALS) {
      assertTrue(absent(span, name), name + " on an embeddings span");
    }
    for (String name : TEXT_METRICS) {
      assertNull(pipeline.telemetry.metric(name), name + " recorded for an embeddings call");
    }
    assertNotNull(pipeline.telemetry.metric("driftwatch.llm.calls"), "the call itself is still counted");
  }

  @Test
  void openAiEmbeddingsShowInputsAndDimensionsAndNoTextSignals() {
    Attributes span = call("api.openai.com", 443, "/v1/embeddings", Transcripts.bytes("openai-embeddings/request.json"),
        Transcripts.bytes("openai-embeddings/response.json"));

    assertEquals(2L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(4L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertEquals(17L, whole(span, "gen_ai.usage.input_tokens"));
    assertNoTextSignals(span);
  }

  @Test
  void base64VectorsAreMeasuredWithoutDecoding() {
    ByteBuffer floats = ByteBuffer.allocate(3 * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    floats.putFloat(0.1f).putFloat(-0.2f).putFloat(0.3f);
    String vector = Base64.getEncoder().encodeToString(floats.array());
    Attributes span = call("api.openai.com", 443, "/v1/embeddings",
        Exchanges.utf8("{\"model\":\"text-embedding-3-small\",\"input\":\"one\",\"encoding_format\":\"base64\"}"),
        Exchanges.utf8("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":\"" + vector
            + "\"}],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}"));

    assertEquals(1L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(3L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertEquals(List.of("base64"), strings(span, "gen_ai.request.encoding_formats"));
    assertNoTextSignals(span);
  }

  @Test
  void geminiBatchEmbeddingsCountEachRequest() {
    Attributes span = call("generativelanguage.googleapis.com", 443,
        "/v1beta/models/gemini-embedding-001:batchEmbedContents", Transcripts.bytes("gemini-embed-content/request-batch.json"),
        Exchanges.utf8("{\"embeddings\":[{\"values\":[0.1,0.2]},{\"values\":[0.3,0.4]}]}"));

    assertEquals(2L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(2L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertNoTextSignals(span);
  }

  @Test
  void geminiSingleEmbeddingShowsItsVectorLength() {
    Attributes span = call("generativelanguage.googleapis.com", 443, "/v1beta/models/text-embedding-004:embedContent",
        Transcripts.bytes("gemini-embed-content/request.json"), Transcripts.bytes("gemini-embed-content/response.json"));

    assertEquals(1L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(5L, whole(span, "gen_ai.embeddings.dimension.count"), "the answer's vectors win over the request");
    assertNoTextSignals(span);
  }

  @Test
  void ollamaEmbedAndTheLegacyEndpoint() {
    Attributes span = call("localhost", 11434, "/api/embed", Transcripts.bytes("ollama-embed/request.json"),
        Transcripts.bytes("ollama-embed/response.json"));

    assertEquals(2L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(3L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertNoTextSignals(span);
  }

  @Test
  void ollamaLegacyEmbeddingsEndpoint() {
    Attributes span = call("localhost", 11434, "/api/embeddings",
        Exchanges.utf8("{\"model\":\"all-minilm\",\"prompt\":\"sky\"}"), Exchanges.utf8("{\"embedding\":[0.5,0.25]}"));

    assertEquals(1L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(2L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertNoTextSignals(span);
  }

  @Test
  void bedrockTitanEmbeddingIsAnEmbeddingsCallAndPriced() {
    Attributes span = call("bedrock-runtime.us-east-1.amazonaws.com", 443, "/model/amazon.titan-embed-text-v2:0/invoke",
        Exchanges.utf8("{\"inputText\":\"refund policy\",\"dimensions\":256}"),
        Exchanges.utf8("{\"embedding\":[0.1,0.2,0.3],\"inputTextTokenCount\":3}"));

    assertEquals("embeddings", string(span, "gen_ai.operation.name"));
    assertEquals(1L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(3L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertEquals(3L, whole(span, "gen_ai.usage.input_tokens"));
    assertNotNull(decimal(span, "driftwatch.cost"));
    assertNoTextSignals(span);
  }

  @Test
  void bedrockCohereEmbedCountsItsTexts() {
    Attributes span = call("bedrock-runtime.us-east-1.amazonaws.com", 443, "/model/cohere.embed-english-v3/invoke",
        Exchanges.utf8("{\"texts\":[\"a\",\"b\",\"c\"],\"input_type\":\"search_document\"}"),
        Exchanges.utf8("{\"id\":\"x\",\"embeddings\":{\"float\":[[0.1,0.2],[0.3,0.4],[0.5,0.6]]},\"texts\":[\"a\",\"b\",\"c\"]}"));

    assertEquals(3L, whole(span, "driftwatch.embeddings.input.count"));
    assertEquals(2L, whole(span, "gen_ai.embeddings.dimension.count"));
    assertTrue(absent(span, "gen_ai.request.encoding_formats"), "the request named none");
    assertNoTextSignals(span);
  }
}
