package io.driftwatch.samples.rag;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.chroma.ChromaApiVersion;
import dev.langchain4j.store.embedding.chroma.ChromaEmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import io.driftwatch.samples.support.OrderLookup;
import io.driftwatch.samples.support.RetrievalFlag;
import io.driftwatch.samples.support.SupportCommandLoop;
import io.driftwatch.samples.support.SupportQuestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A retrieval-augmented support assistant built on LangChain4j (OpenAI chat and embeddings, a
 * Chroma or the in-memory embedding store, an MCP order-lookup tool), driven by the commands of {@link SupportCommandLoop} on stdin. It
 * knows nothing of any agent.
 *
 * <p>Configured by environment: {@code OPENAI_BASE_URL} (required, e.g. http://127.0.0.1:8080/v1),
 * {@code OPENAI_API_KEY}, {@code RAG_CHAT_MODEL} (gpt-4o-mini), {@code RAG_EMBEDDING_MODEL}
 * (text-embedding-3-small), {@code CHROMA_BASE_URL} (Chroma's v2 API; unset: an in-memory store),
 * {@code MCP_SERVER_URL} (the order-lookup tool's server; unset: no tool).
 */
public final class RagSupportApp {

  private RagSupportApp() {}

  public static void main(String[] args) throws IOException {
    String baseUrl = System.getenv("OPENAI_BASE_URL");
    if (baseUrl == null || baseUrl.isBlank()) {
      System.err.println("OPENAI_BASE_URL must be set, e.g. OPENAI_BASE_URL=http://127.0.0.1:8080/v1");
      System.exit(2);
    }
    String apiKey = envOr("OPENAI_API_KEY", "sk-local-sample");
    // No retries: one question is one HTTP call, so every provider answer is seen as it was.
    OpenAiChatModel chat = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(apiKey)
        .modelName(envOr("RAG_CHAT_MODEL", "gpt-4o-mini")).strictJsonSchema(true)
        .timeout(Duration.ofSeconds(20)).maxRetries(0).build();
    OpenAiEmbeddingModel embeddings = OpenAiEmbeddingModel.builder().baseUrl(baseUrl).apiKey(apiKey)
        .modelName(envOr("RAG_EMBEDDING_MODEL", "text-embedding-3-small")).maxRetries(2).build();

    String chromaUrl = System.getenv("CHROMA_BASE_URL");
    boolean chroma = chromaUrl != null && !chromaUrl.isBlank();
    EmbeddingStore<TextSegment> store = chroma
        ? ChromaEmbeddingStore.builder().apiVersion(ChromaApiVersion.V2).baseUrl(chromaUrl)
            .collectionName("support-articles").build()
        : new InMemoryEmbeddingStore<>();
    SupportIndex index = new SupportIndex(store, embeddings, SupportQuestions.all());
    RetrievalFlag flag = new RetrievalFlag();
    try (OrderLookup orderLookup = OrderLookup.fromEnvironment()) {
      System.out.println("ready: LangChain4j, " + index.segmentCount() + " segments indexed in "
          + (chroma ? "Chroma" : "memory") + ", " + SupportQuestions.all().size() + " questions known"
          + (orderLookup.enabled() ? ", order lookup over MCP" : ""));
      new SupportCommandLoop(new LangChain4jAssistant(chat, index, flag), flag, orderLookup, System.out)
          .serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
