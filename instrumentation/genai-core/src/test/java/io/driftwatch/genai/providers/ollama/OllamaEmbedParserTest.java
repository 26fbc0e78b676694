package io.driftwatch.genai.providers.ollama;

import static io.driftwatch.genai.providers.ollama.OllamaFormat.OLLAMA_EMBED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import org.junit.jupiter.api.Test;

/** Ollama /api/embed reports input tokens; the legacy /api/embeddings answer is a bare vector. */
class OllamaEmbedParserTest {

  @Test
  void embedGivesModelAndInputTokens() {
    GenAiCall call = Parsing.exchange(OLLAMA_EMBED, "ollama-embed/request.json", "ollama-embed/response.json");

    assertEquals("all-minilm", call.requestModel);
    assertEquals("all-minilm", call.responseModel);
    assertEquals(8L, call.inputTokens);
    assertNull(call.outputTokens);
  }

  @Test
  void legacyEmbeddingsAnswerHasNoCounts() {
    GenAiCall call = Parsing.responseSnippet(OLLAMA_EMBED, "{\"embedding\":[0.5,-0.1]}");

    assertNull(call.inputTokens);
    assertNull(call.responseModel);
  }
}
