package io.driftwatch.it.apps;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.stream.Collectors;

/**
 * An application using OkHttp (openai-java, plain and streamed) and the JDK HttpClient (LangChain4j),
 * printing exactly what it received, so runs with and without the agent can be compared.
 */
public final class MixedClientsApp {

  private MixedClientsApp() {}

  public static void main(String[] args) {
    String baseUrl = args[0];
    String model = args[1];
    OpenAIClient openAi = OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey("sk-canary-mixed").maxRetries(0).build();
    ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model(model).addUserMessage("hello").build();
    System.out.println("plain: " + openAi.chat().completions().create(params).choices().get(0).message().content().orElse(""));
    try (var stream = openAi.chat().completions().createStreaming(params)) {
      System.out.println("streamed: " + stream.stream().flatMap(chunk -> chunk.choices().stream())
          .map(choice -> choice.delta().content().orElse("")).collect(Collectors.joining()));
    }
    OpenAiChatModel langchain = OpenAiChatModel.builder()
        .baseUrl(baseUrl).apiKey("sk-canary-mixed").modelName(model).maxRetries(0).build();
    System.out.println("jdk: " + langchain.chat("hello"));
    openAi.close();
  }
}
