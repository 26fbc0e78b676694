package io.driftwatch.it.apps;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** An application using LangChain4j (JDK HttpClient) for one chat call. */
public final class LangChain4jChatApp {

  private LangChain4jChatApp() {}

  public static void main(String[] args) {
    OpenAiChatModel model = OpenAiChatModel.builder()
        .baseUrl(args[0])
        .apiKey("sk-canary-forked")
        .modelName(args[1])
        .maxRetries(0)
        .build();
    System.out.println("answer=" + model.chat("hello"));
  }
}
