package io.driftwatch.genai.providers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.testing.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.provider.CsvSource;

/** Providers speaking the OpenAI wire format on their own hosts get their own provider name. */
class OpenAiCompatibleHostsTest {

  private static final ProviderDetector KNOWN_HOSTS_ONLY = new ProviderDetector(List.of(), false);

  @ParameterizedTest
  @CsvSource({
      "api.mistral.ai, /v1/chat/completions, mistral_ai, OPENAI_CHAT",
      "api.mistral.ai, /v1/embeddings, mistral_ai, OPENAI_EMBEDDINGS",
      "api.mistral.ai, /v1/fim/completions, mistral_ai, OPENAI_COMPLETIONS",
      "api.deepseek.com, /chat/completions, deepseek, OPENAI_CHAT",
      "api.deepseek.com, /v1/chat/completions, deepseek, OPENAI_CHAT",
      "api.groq.com, /openai/v1/chat/completions, groq, OPENAI_CHAT",
      "api.groq.com, /openai/v1/responses, groq, OPENAI_RESPONSES",
      "api.x.ai, /v1/chat/completions, x_ai, OPENAI_CHAT",
      "api.x.ai, /v1/responses, x_ai, OPENAI_RESPONSES"})
  void providerHostsAreRecognisedEvenWithPathDetectionOff(String host, String path, String provider,
      @ConvertWith(Formats.class) ApiFormat format) {
    assertEquals(new LlmEndpoint(provider, format), KNOWN_HOSTS_ONLY.detect(host, 443, path, HeaderLookup.NONE));
  }

  @Test
  void xAiAlsoServesTheAnthropicMessagesFormat() {
    assertEquals(new LlmEndpoint("x_ai", AnthropicFormat.ANTHROPIC_MESSAGES),
        KNOWN_HOSTS_ONLY.detect("api.x.ai", 443, "/v1/messages", HeaderLookup.NONE));
  }

  @Test
  void theseHostsIgnorePathsOfOtherFormats() {
    assertNull(KNOWN_HOSTS_ONLY.detect("api.mistral.ai", 443, "/v1/messages", HeaderLookup.NONE));
    assertNull(KNOWN_HOSTS_ONLY.detect("api.groq.com", 443, "/api/chat", HeaderLookup.NONE));
    assertNull(KNOWN_HOSTS_ONLY.detect("api.deepseek.com", 443, "/v1/models", HeaderLookup.NONE));
  }
}
