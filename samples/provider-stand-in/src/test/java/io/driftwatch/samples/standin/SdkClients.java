package io.driftwatch.samples.standin;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/**
 * Real SDK clients aimed at a stand-in. Response validation is on, so a field the SDK declares
 * required but the stand-in left out fails the test instead of passing by luck; retries are off,
 * so a canned error reaches the test exactly once.
 */
final class SdkClients {

  private SdkClients() {}

  static OpenAIClient openAi(ProviderStandIn standIn) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(standIn.baseUrl() + "/v1")
        .apiKey("sk-test")
        .maxRetries(0)
        .responseValidation(true)
        .build();
  }

  static AnthropicClient anthropic(ProviderStandIn standIn) {
    return AnthropicOkHttpClient.builder()
        .baseUrl(standIn.baseUrl())
        .apiKey("test")
        .maxRetries(0)
        .responseValidation(true)
        .build();
  }
}
