package io.driftwatch.genai.providers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.gemini.GeminiFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import io.driftwatch.genai.testing.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Gemini and Vertex AI name the model and the method in the path: models/{model}:{method}. */
class GeminiDetectionTest {

  private static final ProviderDetector BY_PATH = new ProviderDetector(List.of(), true);
  private static final ProviderDetector KNOWN_HOSTS_ONLY = new ProviderDetector(List.of(), false);

  private static LlmEndpoint detect(String host, String path) {
    return BY_PATH.detect(host, 443, path, HeaderLookup.NONE);
  }

  @ParameterizedTest
  @CsvSource({
      "/v1beta/models/gemini-2.0-flash:generateContent, GEMINI_GENERATE_CONTENT, gemini-2.0-flash, generate_content",
      "/v1beta/models/gemini-2.5-pro:streamGenerateContent, GEMINI_STREAM_GENERATE_CONTENT, gemini-2.5-pro, generate_content",
      "/v1/models/gemini-2.5-flash:generateContent, GEMINI_GENERATE_CONTENT, gemini-2.5-flash, generate_content",
      "/v1beta/models/text-embedding-004:embedContent, GEMINI_EMBED_CONTENT, text-embedding-004, embeddings",
      "/v1beta/models/gemini-embedding-001:batchEmbedContents, GEMINI_EMBED_CONTENT, gemini-embedding-001, embeddings",
      "/v1beta/tunedModels/my-tuned-model:generateContent, GEMINI_GENERATE_CONTENT, my-tuned-model, generate_content"})
  void generativeLanguageHostIsGeminiWithTheModelFromThePath(String path, @ConvertWith(Formats.class) ApiFormat format, String model,
      String operation) {
    LlmEndpoint found = detect("generativelanguage.googleapis.com", path);

    assertEquals(new LlmEndpoint("gcp.gemini", format, model), found);
    assertEquals(operation, found.operationName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-central1-aiplatform.googleapis.com", "europe-west4-aiplatform.googleapis.com",
      "aiplatform.googleapis.com", "US-CENTRAL1-AIPLATFORM.googleapis.com"})
  void vertexAiHostsAreVertexAi(String host) {
    assertEquals(new LlmEndpoint("gcp.vertex_ai", GeminiFormat.GEMINI_GENERATE_CONTENT, "gemini-2.0-flash-001"),
        detect(host, "/v1/projects/my-project/locations/us-central1/publishers/google/models/gemini-2.0-flash-001"
            + ":generateContent"));
  }

  @Test
  void vertexAiStreamIsTheStreamFormat() {
    assertEquals(GeminiFormat.GEMINI_STREAM_GENERATE_CONTENT, detect("us-central1-aiplatform.googleapis.com",
        "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:streamGenerateContent")
        .format());
  }

  @Test
  void anyHostSpeakingAGeminiPathIsGeminiWhenDetectingByPath() {
    assertEquals(new LlmEndpoint("gcp.gemini", GeminiFormat.GEMINI_GENERATE_CONTENT, "gemini-2.0-flash"),
        BY_PATH.detect("127.0.0.1", 8080, "/v1beta/models/gemini-2.0-flash:generateContent", HeaderLookup.NONE));
  }

  @Test
  void aVertexStylePathOnAnyHostIsVertexAi() {
    assertEquals("gcp.vertex_ai", BY_PATH.detect("127.0.0.1", 8080,
        "/v1/projects/p/locations/l/publishers/google/models/gemini-2.0-flash:generateContent", HeaderLookup.NONE)
        .providerName());
  }

  @Test
  void googleHostsAreDetectedWithPathDetectionOffButOtherHostsAreNot() {
    String path = "/v1beta/models/gemini-2.0-flash:generateContent";

    assertEquals("gcp.gemini",
        KNOWN_HOSTS_ONLY.detect("generativelanguage.googleapis.com", 443, path, HeaderLookup.NONE).providerName());
    assertNull(KNOWN_HOSTS_ONLY.detect("127.0.0.1", 8080, path, HeaderLookup.NONE));
  }

  @Test
  void geminiOpenAiCompatibleEndpointIsGeminiInTheOpenAiFormat() {
    assertEquals(new LlmEndpoint("gcp.gemini", OpenAiFormat.OPENAI_CHAT),
        detect("generativelanguage.googleapis.com", "/v1beta/openai/chat/completions"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1beta/models/gemini-2.0-flash:countTokens", "/v1beta/models/gemini-2.0-flash",
      "/v1beta/models", "/v1beta/models/:generateContent", "/v1beta/files", "/v1beta/cachedContents",
      "/v1beta/models/gemini-2.0-flash:generateContent/extra", "/v1/messages"})
  void googlePathsThatAreNotGenerationCallsAreIgnored(String path) {
    assertNull(detect("generativelanguage.googleapis.com", path));
  }

  @Test
  void aGeminiPathOnOpenAiOrAnthropicHostsIsIgnored() {
    String path = "/v1beta/models/gemini-2.0-flash:generateContent";

    assertNull(detect("api.openai.com", path));
    assertNull(detect("api.anthropic.com", path));
  }
}
