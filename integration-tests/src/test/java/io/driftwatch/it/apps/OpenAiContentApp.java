package io.driftwatch.it.apps;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** An openai-java application whose prompt carries secrets and personal data. */
public final class OpenAiContentApp {

  private OpenAiContentApp() {}

  public static void main(String[] args) throws Exception {
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(args[0]).apiKey("sk-canary-config-0123456789abcdef").maxRetries(0).build();
    client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(args[1])
        .addSystemMessage("You are the billing assistant.")
        .addUserMessage("My key is sk-canary-prompt-0123456789abcdef, mail dana@example.com, card 4111 1111 1111 1111, "
            + "call +1 415 555 0100. Why was I charged twice?")
        .build());
    Thread.sleep(1000); // let the batch processor export before exit
  }
}
