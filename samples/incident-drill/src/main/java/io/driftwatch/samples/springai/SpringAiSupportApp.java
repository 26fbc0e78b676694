package io.driftwatch.samples.springai;

import io.driftwatch.samples.support.OrderLookup;
import io.driftwatch.samples.support.RetrievalFlag;
import io.driftwatch.samples.support.SupportCommandLoop;
import io.driftwatch.samples.support.SupportQuestions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The same support assistant as a Spring Boot service on Spring AI (OpenAI starter, the in-memory
 * {@code SimpleVectorStore}), driven by the commands of {@link SupportCommandLoop} on stdin. It
 * knows nothing of any agent. Configured by the same environment as the LangChain4j app
 * ({@code OPENAI_BASE_URL}, ..., {@code MCP_SERVER_URL}) through application.properties; its store
 * stays in memory.
 */
@SpringBootApplication
public class SpringAiSupportApp {

  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(SpringAiSupportApp.class, args)));
  }

  @Bean
  CommandLineRunner supportCommands(ChatModel chatModel, EmbeddingModel embeddingModel) {
    return args -> {
      SpringAiSupportIndex index = new SpringAiSupportIndex(
          new QuestionEmbeddingCache(embeddingModel, SupportQuestions.all()));
      RetrievalFlag flag = new RetrievalFlag();
      try (OrderLookup orderLookup = OrderLookup.fromEnvironment()) {
        System.out.println("ready: Spring AI, " + index.documentCount() + " documents indexed, "
            + SupportQuestions.all().size() + " questions known" + (orderLookup.enabled() ? ", order lookup over MCP" : ""));
        new SupportCommandLoop(new SpringAiAssistant(chatModel, index, flag), flag, orderLookup, System.out)
            .serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      }
    };
  }
}
