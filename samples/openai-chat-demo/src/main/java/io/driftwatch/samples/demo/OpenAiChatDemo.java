package io.driftwatch.samples.demo;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.responses.ResponseCreateParams;

/**
 * An ordinary openai-java application: a few chat completions and one Responses API call.
 * Nothing here mentions telemetry; the agent adds it from outside.
 */
public final class OpenAiChatDemo {

  private static final String[] QUESTIONS = {
    "What is a span?", "Why do LLM outputs drift?", "What should wake an on-call engineer?"
  };

  private OpenAiChatDemo() {}

  public static void main(String[] args) {
    String baseUrl = System.getenv().getOrDefault("OPENAI_BASE_URL", "http://127.0.0.1:18080/v1");
    OpenAIClient client = OpenAIOkHttpClient.builder()
        .baseUrl(baseUrl)
        .apiKey(System.getenv().getOrDefault("OPENAI_API_KEY", "sk-demo-not-a-real-key"))
        .build();
    for (String question : QUESTIONS) {
      ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
          .model("gpt-4o-mini")
          .addSystemMessage("You are a concise SRE assistant.")
          .addUserMessage(question)
          .maxCompletionTokens(100)
          .build());
      System.out.println("Q: " + question);
      System.out.println("A: " + completion.choices().get(0).message().content().orElse(""));
    }
    String responseId = client.responses().create(ResponseCreateParams.builder()
        .model("gpt-4.1-mini")
        .input("Summarise the on-call runbook in one line.")
        .build()).id();
    System.out.println("Responses API answered: " + responseId);
    client.close();
  }
}
