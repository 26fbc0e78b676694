import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/**
 * A one-call openai-java application, the shape of a batch job or a CLI: one chat completion,
 * then main returns. Its last line is the wall-clock time at which main ended, so the script
 * can tell how long the JVM took to exit after the application's work was done.
 */
public final class OneCall {

  public static void main(String[] args) {
    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(args[0]).apiKey("sk-bench-not-a-real-key").build();
    ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model("gpt-4o-mini").addUserMessage("What is a span?").maxCompletionTokens(50).build());
    System.out.println("A: " + completion.choices().get(0).message().content().orElse(""));
    client.close();
    System.out.println("main-ended-at-ms=" + System.currentTimeMillis());
  }
}
