package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LangChain4j's OpenAI model, whose default transport is the JDK's java.net.http.HttpClient. */
class LangChain4jJdkHttpClientTest {

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private static OpenAiChatModel model(String baseUrl, String modelName) {
    return OpenAiChatModel.builder()
        .baseUrl(baseUrl)
        .apiKey("sk-canary-langchain4j-0123456789")
        .modelName(modelName)
        .temperature(0.7)
        .maxRetries(0)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void chatThroughJdkHttpClientBecomesASpan() {
    String modelName = uniqueModel("gpt-4o-lc4j");
    ChatResponse response = model(PROVIDER.baseUrl() + "/v1", modelName).chat(
        dev.langchain4j.model.chat.request.ChatRequest.builder()
            .messages(dev.langchain4j.data.message.UserMessage.from("Hello"))
            .build());

    ReceivedSpan span = spanFor(modelName);
    assertEquals("chat " + modelName, span.name());
    assertEquals("openai", span.stringAttr("gen_ai.provider.name"));
    assertEquals(0.7, span.doubleAttr("gen_ai.request.temperature"), 1e-9);
    assertEquals(response.metadata().id(), span.stringAttr("gen_ai.response.id"));
    assertEquals((long) response.tokenUsage().outputTokenCount(), span.longAttr("gen_ai.usage.output_tokens"));
  }

  @Test
  void connectionRefusedIsAnErrorSpanNamedAfterTheException() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String modelName = uniqueModel("gpt-4o-refused");
    assertThrows(RuntimeException.class, () -> model("http://127.0.0.1:" + closedPort + "/v1", modelName).chat("Hi"));

    ReceivedSpan span = spanFor(modelName);
    assertEquals("ERROR", span.statusCode());
    assertTrue(span.stringAttr("error.type").endsWith("ConnectException"), span.stringAttr("error.type"));
    assertEquals("failed", span.stringAttr("driftwatch.response.outcome"));
  }
}
