package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.driftwatch.samples.otlp.ReceivedMetric;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.net.http.HttpClient;
import java.util.List;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Spring AI's OpenAI chat model, not streaming: Spring's RestClient streams the JSON body into the
 * client (Apache HttpClient 5 whenever it is on the class path, else the JDK client), so the agent
 * copies it as it is written. Either way the span is a complete chat span.
 */
@Tag("conformance")
class SpringAiBlockingClientsTest {

  private static final CloseableHttpClient HTTP_CLIENT_5 = HttpClients.createDefault();

  @AfterAll
  static void closeClient() throws Exception {
    HTTP_CLIENT_5.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static String chat(ClientHttpRequestFactory requestFactory, String model) {
    OpenAiApi api = OpenAiApi.builder().baseUrl(PROVIDER.baseUrl()).apiKey("sk-canary-spring-ai-blocking")
        .restClientBuilder(RestClient.builder().requestFactory(requestFactory)).build();
    OpenAiChatModel chatModel = OpenAiChatModel.builder().openAiApi(api)
        .defaultOptions(OpenAiChatOptions.builder().model(model).maxTokens(60).temperature(0.2).build())
        .build();
    // A system instruction: the prompt fingerprint is the template's, so it needs one.
    ChatResponse response = chatModel.call(new Prompt(List.of(
        new SystemMessage("You explain physics in one sentence."), new UserMessage("Why is the sky blue?"))));
    return response.getResult().getOutput().getText();
  }

  private static void assertCompleteChatSpan(String model, String text) {
    ReceivedSpan span = spanFor(model);
    assertEquals("Short blue waves scatter the most.", text);
    assertEquals("chat " + model, span.name());
    assertEquals(model, span.stringAttr("gen_ai.request.model"));
    assertEquals(60L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.2, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertNotNull(span.stringAttr("driftwatch.prompt.fingerprint"));
    long sentBytes = PROVIDER.requests().get(0).body().length;
    ReceivedMetric requestSize = RECEIVER.awaitMetric("driftwatch.llm.request.size",
        m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
    assertEquals(1, requestSize.count());
    assertEquals((double) sentBytes, requestSize.sum(), 0.0);
  }

  @Test
  void chatOverHttpClient5GetsRequestModelFingerprintAndSize() {
    String model = uniqueModel("gpt-4o-mini-spring-ai-hc5");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");

    String text = chat(new HttpComponentsClientHttpRequestFactory(HTTP_CLIENT_5), model);

    assertCompleteChatSpan(model, text);
  }

  @Test
  void chatOverTheJdkClientGetsRequestModelFingerprintAndSize() {
    String model = uniqueModel("gpt-4o-mini-spring-ai-jdk");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");

    String text = chat(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()), model);

    assertCompleteChatSpan(model, text);
  }
}
