package io.driftwatch.genai.providers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.ollama.OllamaFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import io.driftwatch.genai.testing.Formats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.provider.CsvSource;

/** Ollama's native API, on whatever host runs it, is found by its /api/... paths. */
class OllamaDetectionTest {

  private static final ProviderDetector BY_PATH = new ProviderDetector(List.of(), true);

  @ParameterizedTest
  @CsvSource({
      "/api/chat, OLLAMA_CHAT, chat",
      "/api/generate, OLLAMA_GENERATE, text_completion",
      "/api/embed, OLLAMA_EMBED, embeddings",
      "/api/embeddings, OLLAMA_EMBED, embeddings",
      "/ollama/api/chat, OLLAMA_CHAT, chat",
      "/api/chat/, OLLAMA_CHAT, chat"})
  void ollamaPathsOnAnyHostAreOllama(String path, @ConvertWith(Formats.class) ApiFormat format, String operation) {
    LlmEndpoint found = BY_PATH.detect("localhost", 11434, path, HeaderLookup.NONE);

    assertEquals(new LlmEndpoint("ollama", format), found);
    assertEquals(operation, found.operationName());
  }

  @Test
  void ollamaOpenAiCompatiblePathsStayOpenAiFormat() {
    assertEquals(new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT),
        BY_PATH.detect("localhost", 11434, "/v1/chat/completions", HeaderLookup.NONE));
  }

  @Test
  void withPathDetectionOffOllamaIsFoundOnlyThroughAConfiguredEndpoint() {
    GenAiSettings settings = GenAiSettings.from(Map.of(GenAiSettings.DETECT_BY_PATH, "false",
        GenAiSettings.ENDPOINTS, "ollama=gpu-box:11434")::get);
    ProviderDetector detector = new ProviderDetector(settings.extraEndpoints(), settings.detectByPath());

    assertEquals(new LlmEndpoint("ollama", OllamaFormat.OLLAMA_CHAT),
        detector.detect("gpu-box", 11434, "/api/chat", HeaderLookup.NONE));
    assertNull(detector.detect("localhost", 11434, "/api/chat", HeaderLookup.NONE));
  }

  @Test
  void ollamaPathsOnKnownProviderHostsAreIgnored() {
    assertNull(BY_PATH.detect("api.openai.com", 443, "/api/chat", HeaderLookup.NONE));
  }

  @Test
  void otherApiPathsAreIgnored() {
    for (String path : List.of("/api/tags", "/api/pull", "/api/show", "/api/ps", "/api/chat/history", "/api")) {
      assertNull(BY_PATH.detect("localhost", 11434, path, HeaderLookup.NONE), path);
    }
  }
}
