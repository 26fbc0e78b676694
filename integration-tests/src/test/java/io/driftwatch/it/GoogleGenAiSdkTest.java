package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.Part;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Google's own Gen AI SDK (google-genai), unmodified, against the stand-in's Gemini API. */
@Tag("conformance")
class GoogleGenAiSdkTest {

  private static Client client;

  @BeforeAll
  static void buildClient() {
    client = Client.builder()
        .apiKey("AIza-canary-genai-0123456789")
        .httpOptions(HttpOptions.builder().baseUrl(PROVIDER.baseUrl()).build())
        .build();
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static GenerateContentConfig config() {
    return GenerateContentConfig.builder()
        .systemInstruction(Content.fromParts(Part.fromText("Answer in one sentence.")))
        .maxOutputTokens(48)
        .temperature(0.2f)
        .build();
  }

  @Test
  void generateContentBecomesAGenerateContentSpan() {
    String model = uniqueModel("gemini-2.5-flash-sdk");
    GenerateContentResponse response = client.models.generateContent(model, "Why is the sky blue?", config());

    ReceivedSpan span = spanFor(model);
    assertEquals("generate_content " + model, span.name());
    assertEquals("gcp.gemini", span.stringAttr("gen_ai.provider.name"));
    assertEquals(48L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.2, span.doubleAttr("gen_ai.request.temperature"), 1e-6);
    assertEquals(response.usageMetadata().orElseThrow().promptTokenCount().orElseThrow().longValue(),
        span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(response.usageMetadata().orElseThrow().candidatesTokenCount().orElseThrow().longValue(),
        span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals((long) response.text().length(), span.longAttr("driftwatch.output.length"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
  }

  @Test
  void streamedGenerateContentGetsChunksAndTimeToFirstChunk() {
    String model = uniqueModel("gemini-2.5-flash-sdk-stream");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    StringBuilder text = new StringBuilder();
    int chunks = 0;
    try (ResponseStream<GenerateContentResponse> stream =
        client.models.generateContentStream(model, "Why is the sky blue?", config())) {
      for (GenerateContentResponse chunk : stream) {
        text.append(chunk.text() == null ? "" : chunk.text());
        chunks++;
      }
    }

    ReceivedSpan span = spanFor(model);
    assertEquals("generate_content " + model, span.name());
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals("Short blue waves scatter the most.", text.toString());
    assertEquals((long) text.length(), span.longAttr("driftwatch.output.length"));
    assertEquals((long) chunks, span.longAttr("driftwatch.stream.chunks"));
    assertEquals(List.of("stop"), span.listAttr("gen_ai.response.finish_reasons"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
  }
}
