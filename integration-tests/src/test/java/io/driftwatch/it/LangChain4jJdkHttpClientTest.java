package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.driftwatch.samples.otlp.ReceivedSpan;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** LangChain4j's OpenAI models, plain and streaming, whose default transport is the JDK's java.net.http.HttpClient. */
@Tag("conformance")
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

  @Test
  void streamingModelThroughJdkHttpClientGetsChunksAndUsage() throws Exception {
    String modelName = uniqueModel("gpt-4o-lc4j-stream");
    PROVIDER.setCompletionText("Blue light scatters most.");
    OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
        .baseUrl(PROVIDER.baseUrl() + "/v1")
        .apiKey("sk-canary-langchain4j-0123456789")
        .modelName(modelName)
        .timeout(Duration.ofSeconds(10))
        .build();
    StringBuilder partials = new StringBuilder();
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    streaming.chat("Why is the sky blue?", new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partialResponse) {
        partials.append(partialResponse);
      }

      @Override
      public void onCompleteResponse(ChatResponse completeResponse) {
        done.complete(completeResponse);
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    });
    ChatResponse response = done.get(20, TimeUnit.SECONDS);

    ReceivedSpan span = spanFor(modelName);
    assertEquals("Blue light scatters most.", partials.toString());
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(response.metadata().id(), span.stringAttr("gen_ai.response.id"));
    assertEquals((long) partials.length(), span.longAttr("driftwatch.output.length"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertTrue(span.doubleAttr("gen_ai.response.time_to_first_chunk") > 0);
  }
}
