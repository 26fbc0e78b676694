package io.driftwatch.genai.providers.openai;

import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_EMBEDDINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import org.junit.jupiter.api.Test;

/** OpenAI embeddings: a model and input tokens, nothing generated. */
class OpenAiEmbeddingsParserTest {

  private static final String REQUEST = "openai-embeddings/request.json";
  private static final String RESPONSE = "openai-embeddings/response.json";

  @Test
  void readsTheRequestedModel() {
    assertEquals("text-embedding-3-small", Parsing.request(OPENAI_EMBEDDINGS, REQUEST).requestModel);
  }

  @Test
  void readsResponseModelAndPromptTokensAsInputTokens() {
    GenAiCall call = Parsing.response(OPENAI_EMBEDDINGS, RESPONSE);

    assertEquals("text-embedding-3-small", call.responseModel);
    assertEquals(17L, call.inputTokens);
  }

  @Test
  void embeddingsHaveNoOutputTokensFinishReasonsOrResponseId() {
    GenAiCall call = Parsing.exchange(OPENAI_EMBEDDINGS, REQUEST, RESPONSE);

    assertNull(call.outputTokens);
    assertTrue(call.finishReasons.isEmpty());
    assertNull(call.responseId);
    assertNull(call.maxTokens);
  }
}
