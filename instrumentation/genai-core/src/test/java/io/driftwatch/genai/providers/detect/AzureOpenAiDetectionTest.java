package io.driftwatch.genai.providers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Azure OpenAI: deployment paths carry the deployment as the model; the v1 paths carry none. */
class AzureOpenAiDetectionTest {

  private static final ProviderDetector BY_PATH = new ProviderDetector(List.of(), true);

  private static LlmEndpoint detect(String host, String path) {
    return BY_PATH.detect(host, 443, path, HeaderLookup.NONE);
  }

  @ParameterizedTest
  @CsvSource({
      "/openai/deployments/prod-gpt4o/chat/completions, OPENAI_CHAT",
      "/openai/deployments/prod-gpt4o/completions, OPENAI_COMPLETIONS",
      "/openai/deployments/prod-gpt4o/embeddings, OPENAI_EMBEDDINGS"})
  void deploymentPathsAreAzureOpenAiWithTheDeploymentAsModel(String path, OpenAiFormat format) {
    assertEquals(new LlmEndpoint("azure.ai.openai", format, "prod-gpt4o"), detect("contoso.openai.azure.com", path));
  }

  @Test
  void cognitiveServicesHostsAreAzureOpenAiToo() {
    assertEquals(new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_CHAT, "gpt-4o-mini"),
        detect("contoso.cognitiveservices.azure.com", "/openai/deployments/gpt-4o-mini/chat/completions"));
  }

  @Test
  void v1PathsNameNoDeploymentSoTheBodyModelIsUsed() {
    assertEquals(new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_CHAT),
        detect("contoso.openai.azure.com", "/openai/v1/chat/completions"));
    assertEquals(new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_RESPONSES),
        detect("contoso.openai.azure.com", "/openai/v1/responses"));
  }

  @Test
  void foundryModelInferencePathsAreAzureAiInference() {
    assertEquals(new LlmEndpoint("azure.ai.inference", OpenAiFormat.OPENAI_CHAT),
        detect("contoso.services.ai.azure.com", "/models/chat/completions"));
  }

  @Test
  void hostNameMatchingIgnoresCase() {
    assertEquals("azure.ai.openai",
        detect("Contoso.OpenAI.Azure.com", "/openai/deployments/d/chat/completions").providerName());
  }

  @Test
  void aHostThatOnlyEndsInTheSameLettersIsNotAzure() {
    assertEquals("openai", detect("evilopenai.azure.com.example.org", "/openai/deployments/d/chat/completions")
        .providerName());
  }

  @Test
  void anthropicOrGeminiPathsOnAzureHostsAreIgnored() {
    assertNull(BY_PATH.detect("contoso.openai.azure.com", 443, "/v1/messages", name -> "2023-06-01"));
    assertNull(detect("contoso.openai.azure.com", "/v1beta/models/gemini-2.0-flash:generateContent"));
  }
}
