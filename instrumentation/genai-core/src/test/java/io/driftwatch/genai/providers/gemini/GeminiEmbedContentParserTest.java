package io.driftwatch.genai.providers.gemini;

import static io.driftwatch.genai.providers.gemini.GeminiFormat.GEMINI_EMBED_CONTENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import org.junit.jupiter.api.Test;

/** Gemini embedContent / batchEmbedContents: the model is named "models/...", the answer is vectors. */
class GeminiEmbedContentParserTest {

  @Test
  void requestModelDropsTheModelsPrefix() {
    assertEquals("text-embedding-004",
        Parsing.request(GEMINI_EMBED_CONTENT, "gemini-embed-content/request.json").requestModel);
  }

  @Test
  void batchRequestTakesTheModelOfItsFirstRequest() {
    assertEquals("gemini-embedding-001",
        Parsing.request(GEMINI_EMBED_CONTENT, "gemini-embed-content/request-batch.json").requestModel);
  }

  @Test
  void vectorsOnlyAnswerHasNoTokenCountAndNoneIsGuessed() {
    GenAiCall call = Parsing.response(GEMINI_EMBED_CONTENT, "gemini-embed-content/response.json");

    assertNull(call.inputTokens);
    assertNull(call.outputTokens);
  }

  @Test
  void usageMetadataWhenPresentGivesInputTokens() {
    assertEquals(9L, Parsing.responseSnippet(GEMINI_EMBED_CONTENT,
        "{\"embedding\":{\"values\":[0.1]},\"usageMetadata\":{\"promptTokenCount\":9}}").inputTokens);
  }

  @Test
  void errorBodyStatusIsTheProviderErrorType() {
    assertEquals("INVALID_ARGUMENT", Parsing.errorSnippet(GEMINI_EMBED_CONTENT,
        "{\"error\":{\"code\":400,\"message\":\"bad\",\"status\":\"INVALID_ARGUMENT\"}}").providerErrorType);
  }
}
