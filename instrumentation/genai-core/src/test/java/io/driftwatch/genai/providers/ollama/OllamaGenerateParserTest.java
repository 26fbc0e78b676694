package io.driftwatch.genai.providers.ollama;

import static io.driftwatch.genai.providers.ollama.OllamaFormat.OLLAMA_GENERATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ollama /api/generate: a prompt and a system text in, "response" text out. */
class OllamaGenerateParserTest {

  @Test
  void readsModelOptionsAndTheSystemTextAsTemplate() {
    GenAiCall call = Parsing.request(OLLAMA_GENERATE, "ollama-generate/request.json");

    assertEquals("llama3.2", call.requestModel);
    assertEquals(0.7, call.temperature);
    assertNull(call.maxTokens);
    assertEquals(Boolean.TRUE, call.stream);
    assertEquals("Answer in one sentence.\n", call.promptTemplate);
  }

  @Test
  void readsResponseTextDoneReasonAndCounts() {
    GenAiCall call = Parsing.response(OLLAMA_GENERATE, "ollama-generate/response.json");

    assertEquals("Because air scatters blue light more than red light.", call.output.text());
    assertEquals(List.of("stop"), call.finishReasons);
    assertEquals(30L, call.inputTokens);
    assertEquals(11L, call.outputTokens);
    assertEquals("llama3.2", call.responseModel);
  }
}
