package io.driftwatch.genai.providers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.driftwatch.genai.config.GenAiSettings;
import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.anthropic.AnthropicFormat;
import io.driftwatch.genai.providers.bedrock.BedrockFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import io.driftwatch.genai.testing.Formats;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.converter.ConvertWith;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which outgoing requests are LLM calls, from host, port, path and headers alone. */
class ProviderDetectorTest {

  private static final HeaderLookup ANTHROPIC_VERSION = name -> "anthropic-version".equalsIgnoreCase(name) ? "2023-06-01" : null;

  private static ProviderDetector byPath() {
    return detector(Map.of());
  }

  /** A detector configured the way the agent does it, from settings keys. */
  private static ProviderDetector detector(Map<String, String> config) {
    GenAiSettings settings = GenAiSettings.from(config::get);
    return new ProviderDetector(settings.extraEndpoints(), settings.detectByPath());
  }

  private static LlmEndpoint endpoint(String provider, ApiFormat format) {
    return new LlmEndpoint(provider, format);
  }

  @ParameterizedTest
  @CsvSource({
      "/v1/chat/completions, OPENAI_CHAT, chat",
      "/v1/responses, OPENAI_RESPONSES, chat",
      "/v1/completions, OPENAI_COMPLETIONS, text_completion",
      "/v1/embeddings, OPENAI_EMBEDDINGS, embeddings"})
  void openAiHostIsDetectedForEachOpenAiPath(String path, @ConvertWith(Formats.class) ApiFormat format, String operation) {
    LlmEndpoint found = byPath().detect("api.openai.com", 443, path, HeaderLookup.NONE);

    assertEquals(endpoint("openai", format), found);
    assertEquals(operation, found.operationName());
  }

  @Test
  void anthropicHostIsDetectedForMessagesWithoutNeedingTheVersionHeader() {
    assertEquals(endpoint("anthropic", AnthropicFormat.ANTHROPIC_MESSAGES),
        byPath().detect("api.anthropic.com", 443, "/v1/messages", HeaderLookup.NONE));
  }

  @Test
  void builtInHostsMatchWhateverTheCaseAndATrailingSlash() {
    assertEquals(endpoint("openai", OpenAiFormat.OPENAI_CHAT),
        byPath().detect("API.OpenAI.com", 443, "/v1/chat/completions/", HeaderLookup.NONE));
    assertEquals(endpoint("anthropic", AnthropicFormat.ANTHROPIC_MESSAGES),
        byPath().detect("Api.Anthropic.Com", 443, "/v1/messages/", HeaderLookup.NONE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/messages", "/v1/threads/messages", "/v1/threads/thread_abc123/messages",
      "/v1/chat/completions/chatcmpl-abc123/messages", "/v1/models", "/v1/files"})
  void openAiHostIgnoresPathsThatAreNotOpenAiGenerationCalls(String path) {
    assertNull(byPath().detect("api.openai.com", 443, path, ANTHROPIC_VERSION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/messages/count_tokens", "/v1/messages/batches", "/v1/models", "/v1/embeddings"})
  void anthropicHostIgnoresPathsThatAreNotMessagesCalls(String path) {
    assertNull(byPath().detect("api.anthropic.com", 443, path, ANTHROPIC_VERSION));
  }

  @Test
  void anthropicOpenAiCompatibleChatEndpointIsAnAnthropicChatCall() {
    assertEquals(endpoint("anthropic", OpenAiFormat.OPENAI_CHAT),
        byPath().detect("api.anthropic.com", 443, "/v1/chat/completions", HeaderLookup.NONE));
  }

  @ParameterizedTest
  @CsvSource({
      "127.0.0.1, 8080, /v1/chat/completions, OPENAI_CHAT",
      "localhost, 11434, /v1/chat/completions, OPENAI_CHAT",
      "my-gateway.example.com, 443, /openai/deployments/gpt-4o/chat/completions, OPENAI_CHAT",
      "litellm.internal, 4000, /responses, OPENAI_RESPONSES",
      "10.0.0.7, 8000, /v1/embeddings, OPENAI_EMBEDDINGS",
      "10.0.0.7, 8000, /v1/completions, OPENAI_COMPLETIONS"})
  void anyHostSpeakingAnOpenAiPathIsAnOpenAiCall(String host, int port, String path, @ConvertWith(Formats.class) ApiFormat format) {
    assertEquals(endpoint("openai", format), byPath().detect(host, port, path, HeaderLookup.NONE));
  }

  @Test
  void azureOpenAiHostIsTheAzureOpenAiProviderAndTheDeploymentIsTheModel() {
    assertEquals(new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_CHAT, "gpt-4o"), byPath().detect("contoso.openai.azure.com", 443,
        "/openai/deployments/gpt-4o/chat/completions", HeaderLookup.NONE));
  }

  @Test
  void messagesPathOnAnUnknownHostIsAnthropicOnlyWithTheAnthropicVersionHeader() {
    assertNull(byPath().detect("127.0.0.1", 8080, "/v1/messages", HeaderLookup.NONE));
    assertEquals(endpoint("anthropic", AnthropicFormat.ANTHROPIC_MESSAGES),
        byPath().detect("127.0.0.1", 8080, "/v1/messages", ANTHROPIC_VERSION));
  }

  @Test
  void missingHeaderLookupCountsAsNoHeaders() {
    assertNull(byPath().detect("127.0.0.1", 8080, "/v1/messages", null));
    assertEquals(endpoint("openai", OpenAiFormat.OPENAI_CHAT), byPath().detect("127.0.0.1", 8080, "/v1/chat/completions", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/v1/traces", "/v1/metrics", "/v1/logs", "/", "", "/api/users", "/health",
      "/v1/chat", "/v1/chat/completions/extra", "/v1/models", "/api/chat/messages"})
  void otlpAndUnrelatedPathsAreIgnored(String path) {
    assertNull(byPath().detect("127.0.0.1", 4318, path, HeaderLookup.NONE));
  }

  @Test
  void missingHostOrPathIsIgnored() {
    assertNull(byPath().detect(null, 443, "/v1/chat/completions", HeaderLookup.NONE));
    assertNull(byPath().detect("api.openai.com", 443, null, HeaderLookup.NONE));
  }

  @Test
  void withDetectByPathOffUnknownHostsAreIgnored() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.DETECT_BY_PATH, "false"));

    assertNull(detector.detect("127.0.0.1", 8080, "/v1/chat/completions", HeaderLookup.NONE));
    assertNull(detector.detect("127.0.0.1", 8080, "/v1/messages", ANTHROPIC_VERSION));
  }

  @Test
  void withDetectByPathOffBuiltInHostsAreStillDetected() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.DETECT_BY_PATH, "false"));

    assertEquals(endpoint("openai", OpenAiFormat.OPENAI_CHAT),
        detector.detect("api.openai.com", 443, "/v1/chat/completions", HeaderLookup.NONE));
    assertEquals(endpoint("anthropic", AnthropicFormat.ANTHROPIC_MESSAGES),
        detector.detect("api.anthropic.com", 443, "/v1/messages", HeaderLookup.NONE));
  }

  @Test
  void withDetectByPathOffOnlyConfiguredRulesAreHonoured() {
    ProviderDetector detector = detector(Map.of(
        GenAiSettings.DETECT_BY_PATH, "false", GenAiSettings.ENDPOINTS, "vllm=gpu-box:8000/v1"));

    assertEquals(endpoint("vllm", OpenAiFormat.OPENAI_CHAT), detector.detect("gpu-box", 8000, "/v1/chat/completions", HeaderLookup.NONE));
    assertNull(detector.detect("gpu-box", 8001, "/v1/chat/completions", HeaderLookup.NONE), "other port");
    assertNull(detector.detect("gpu-box", 8000, "/v2/chat/completions", HeaderLookup.NONE), "other path prefix");
    assertNull(detector.detect("other-box", 8000, "/v1/chat/completions", HeaderLookup.NONE), "other host");
  }

  @Test
  void configuredRuleNamesTheProvider() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.ENDPOINTS, "vllm=gpu-box:8000/v1"));

    assertEquals(endpoint("vllm", OpenAiFormat.OPENAI_CHAT), detector.detect("GPU-BOX", 8000, "/v1/chat/completions", HeaderLookup.NONE));
    assertEquals(endpoint("vllm", OpenAiFormat.OPENAI_EMBEDDINGS), detector.detect("gpu-box", 8000, "/v1/embeddings", HeaderLookup.NONE));
  }

  @Test
  void requestOutsideAConfiguredRuleFallsBackToPathDetection() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.ENDPOINTS, "vllm=gpu-box:8000/v1"));

    assertEquals(endpoint("openai", OpenAiFormat.OPENAI_CHAT), detector.detect("gpu-box", 9000, "/v1/chat/completions", HeaderLookup.NONE));
  }

  @Test
  void configuredRuleWithoutProviderNameMeansOpenAi() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.DETECT_BY_PATH, "false", GenAiSettings.ENDPOINTS, "llm.corp.example"));

    assertEquals(endpoint("openai", OpenAiFormat.OPENAI_CHAT), detector.detect("llm.corp.example", 443, "/chat/completions", HeaderLookup.NONE));
  }

  @Test
  void configuredRuleStillNeedsAnLlmPath() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.ENDPOINTS, "vllm=gpu-box:8000/v1"));

    assertNull(detector.detect("gpu-box", 8000, "/v1/models", HeaderLookup.NONE));
    assertNull(detector.detect("gpu-box", 8000, "/v1/traces", HeaderLookup.NONE));
  }

  @Test
  void configuredRuleTrustsAMessagesPathWithoutTheVersionHeader() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.ENDPOINTS, "claude_gateway=llm-proxy.internal"));

    assertEquals(endpoint("claude_gateway", AnthropicFormat.ANTHROPIC_MESSAGES),
        detector.detect("llm-proxy.internal", 443, "/v1/messages", HeaderLookup.NONE));
  }

  @Test
  void wildcardHostRuleNamesTheProviderForItsPathOnAnyHost() {
    ProviderDetector detector = detector(Map.of(GenAiSettings.ENDPOINTS, "azure.ai.openai=*/openai/deployments"));

    assertEquals(new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_CHAT, "gpt-4o"), detector.detect("contoso.openai.azure.com", 443,
        "/openai/deployments/gpt-4o/chat/completions", HeaderLookup.NONE));
  }

  @Test
  void bedrockConverseIsDetectedOnItsHostAndByPathWithTheDecodedModelIdFromThePath() {
    LlmEndpoint expected = new LlmEndpoint("aws.bedrock", BedrockFormat.BEDROCK_CONVERSE,
        "anthropic.claude-3-haiku-20240307-v1:0");
    assertEquals(expected, byPath().detect("bedrock-runtime.us-east-1.amazonaws.com", 443,
        "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse", HeaderLookup.NONE));
    assertEquals(expected, byPath().detect("127.0.0.1", 8080,
        "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse", HeaderLookup.NONE));
    assertEquals(new LlmEndpoint("aws.bedrock", BedrockFormat.BEDROCK_CONVERSE_STREAM, "amazon.nova-lite-v1:0"),
        byPath().detect("bedrock-runtime-fips.us-west-2.amazonaws.com", 443,
            "/model/amazon.nova-lite-v1:0/converse-stream", HeaderLookup.NONE));
    assertEquals(new LlmEndpoint("aws.bedrock", BedrockFormat.BEDROCK_INVOKE_STREAM, "anthropic.claude-3-5-sonnet-20240620-v1:0"),
        byPath().detect("bedrock-runtime.eu-west-1.amazonaws.com", 443,
            "/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/invoke-with-response-stream", HeaderLookup.NONE));
    assertNull(byPath().detect("bedrock-runtime.us-east-1.amazonaws.com", 443, "/guardrails/g1/apply", HeaderLookup.NONE));
  }
}
