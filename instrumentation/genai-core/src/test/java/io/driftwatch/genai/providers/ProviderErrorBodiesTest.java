package io.driftwatch.genai.providers;

import static io.driftwatch.genai.providers.anthropic.AnthropicFormat.ANTHROPIC_MESSAGES;
import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_CHAT;
import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_EMBEDDINGS;
import static io.driftwatch.genai.providers.openai.OpenAiFormat.OPENAI_RESPONSES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Error bodies: the provider's own error code or type becomes {@code providerErrorType}. */
class ProviderErrorBodiesTest {

  @ParameterizedTest
  @EnumSource(value = OpenAiFormat.class, names = {"OPENAI_CHAT", "OPENAI_COMPLETIONS", "OPENAI_RESPONSES", "OPENAI_EMBEDDINGS"})
  void openAi429RateLimitGivesTheErrorCodeOnEveryOpenAiFormat(OpenAiFormat format) {
    assertEquals("rate_limit_exceeded", Parsing.error(format, "errors/openai-429-rate-limit-exceeded.json").providerErrorType);
  }

  @Test
  void openAi429InsufficientQuotaIsToldApartFromARateLimit() {
    assertEquals("insufficient_quota", Parsing.error(OPENAI_CHAT, "errors/openai-429-insufficient-quota.json").providerErrorType);
  }

  @Test
  void openAi401GivesInvalidApiKey() {
    assertEquals("invalid_api_key", Parsing.error(OPENAI_RESPONSES, "errors/openai-401-invalid-api-key.json").providerErrorType);
  }

  @Test
  void openAiErrorWithNullCodeFallsBackToTheErrorType() {
    assertEquals("invalid_request_error", Parsing.error(OPENAI_EMBEDDINGS, "errors/openai-400-code-null.json").providerErrorType);
  }

  @Test
  void openAiCompatibleServerWithNumericCodeFallsBackToTheErrorType() {
    GenAiCall call = Parsing.errorSnippet(OPENAI_CHAT,
        "{\"object\":\"error\",\"message\":\"bad\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}");

    assertNull(call.providerErrorType, "vLLM-style errors have no error object");
    GenAiCall nested = Parsing.errorSnippet(OPENAI_CHAT, "{\"error\":{\"type\":\"BadRequestError\",\"code\":400}}");
    assertEquals("BadRequestError", nested.providerErrorType);
  }

  @Test
  void anthropic429GivesRateLimitError() {
    assertEquals("rate_limit_error", Parsing.error(ANTHROPIC_MESSAGES, "errors/anthropic-429-rate-limit.json").providerErrorType);
  }

  @Test
  void anthropic401GivesAuthenticationError() {
    assertEquals("authentication_error",
        Parsing.error(ANTHROPIC_MESSAGES, "errors/anthropic-401-authentication.json").providerErrorType);
  }

  @Test
  void anthropic529GivesOverloadedError() {
    assertEquals("overloaded_error", Parsing.error(ANTHROPIC_MESSAGES, "errors/anthropic-529-overloaded.json").providerErrorType);
  }

  @Test
  void readingAnErrorSetsNoResponseFields() {
    GenAiCall call = Parsing.error(ANTHROPIC_MESSAGES, "errors/anthropic-429-rate-limit.json");

    assertNull(call.responseId);
    assertNull(call.responseModel);
    assertNull(call.inputTokens);
    assertTrue(call.finishReasons.isEmpty());
  }

  @Test
  void errorAsAPlainStringGivesNoErrorType() {
    assertNull(Parsing.errorSnippet(OPENAI_CHAT, "{\"error\":\"Internal Server Error\"}").providerErrorType);
    assertNull(Parsing.errorSnippet(ANTHROPIC_MESSAGES, "{\"error\":\"Internal Server Error\"}").providerErrorType);
  }

  @Test
  void errorTypeOfTheWrongTypeGivesNoErrorType() {
    assertNull(Parsing.errorSnippet(ANTHROPIC_MESSAGES, "{\"error\":{\"type\":429}}").providerErrorType);
    assertNull(Parsing.errorSnippet(OPENAI_CHAT, "{\"error\":{\"type\":[\"x\"],\"code\":{}}}").providerErrorType);
  }
}
