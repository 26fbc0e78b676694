package io.driftwatch.it.apps;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.List;
import java.util.Map;

/** An openai-java application that offers a tool and gets it called, once whole and once streamed. */
public final class ToolCallContentApp {

  private ToolCallContentApp() {}

  public static void main(String[] args) throws Exception {
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(args[0]).apiKey("sk-canary-tools-0123456789abcdef").maxRetries(0).build();
    ChatCompletion whole = client.chat().completions().create(params(args[1]));
    System.out.println("whole: " + whole.choices().get(0).message().toolCalls().orElseThrow().size() + " tool call(s)");
    StringBuilder streamed = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params(args[2]))) {
      stream.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().toolCalls()
          .ifPresent(calls -> calls.forEach(call -> call.function().flatMap(f -> f.arguments()).ifPresent(streamed::append)))));
    }
    System.out.println("streamed arguments: " + streamed);
    Thread.sleep(1000); // let the batch processor export before exit
  }

  /** The request both calls send: one tool with a parameter schema. */
  public static ChatCompletionCreateParams params(String model) {
    return ChatCompletionCreateParams.builder().model(model)
        .addUserMessage("Page the on-call engineer, my mail is dana@example.com")
        .putAdditionalBodyProperty("tools", JsonValue.from(List.of(Map.of("type", "function", "function", Map.of(
            "name", "page_oncall",
            "parameters", Map.of("type", "object", "required", List.of("severity"),
                "properties", Map.of("severity", Map.of("type", "integer"), "note", Map.of("type", "string"))))))))
        .build();
  }
}
