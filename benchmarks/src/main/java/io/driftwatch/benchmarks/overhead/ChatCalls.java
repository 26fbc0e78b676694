package io.driftwatch.benchmarks.overhead;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

/** One ordinary openai-java client per answer size, as an application would call them. */
final class ChatCalls implements AutoCloseable {

  private static final ChatCompletionCreateParams QUESTION = ChatCompletionCreateParams.builder()
      .model("gpt-4o-mini")
      .addSystemMessage("You are a concise SRE assistant.")
      .addUserMessage("Summarise last night's incidents for the on-call handover.")
      .maxCompletionTokens(16_000)
      .build();

  private final OpenAIClient small;
  private final OpenAIClient large;
  private final OpenAIClient streamed;
  private final AtomicLong made = new AtomicLong();

  ChatCalls(String smallBaseUrl, String largeBaseUrl, String streamBaseUrl) {
    this.small = client(smallBaseUrl);
    this.large = client(largeBaseUrl);
    this.streamed = client(streamBaseUrl);
  }

  private static OpenAIClient client(String baseUrl) {
    return OpenAIOkHttpClient.builder().baseUrl(baseUrl + "/v1").apiKey("sk-benchmark-not-a-real-key")
        .maxRetries(0).build();
  }

  /** A whole ~1 KB answer. */
  long small() {
    made.incrementAndGet();
    return answerLength(small.chat().completions().create(QUESTION));
  }

  /** A whole ~50 KB answer. */
  long large() {
    made.incrementAndGet();
    return answerLength(large.chat().completions().create(QUESTION));
  }

  /**
   * A streamed answer read to its end.
   *
   * @return nanoseconds from the call to the first chunk that carries text (time to first token)
   */
  long stream(int expectedChunks) {
    made.incrementAndGet();
    long start = System.nanoTime();
    long firstToken = 0;
    int chunks = 0;
    try (StreamResponse<ChatCompletionChunk> response = streamed.chat().completions().createStreaming(QUESTION)) {
      Iterator<ChatCompletionChunk> events = response.stream().iterator();
      while (events.hasNext()) {
        ChatCompletionChunk chunk = events.next();
        chunks++;
        if (firstToken == 0 && hasText(chunk)) {
          firstToken = System.nanoTime();
        }
      }
    }
    if (chunks != expectedChunks || firstToken == 0) {
      throw new IllegalStateException("expected " + expectedChunks + " chunks with text, got " + chunks);
    }
    return firstToken - start;
  }

  private static boolean hasText(ChatCompletionChunk chunk) {
    return !chunk.choices().isEmpty() && chunk.choices().get(0).delta().content().filter(t -> !t.isEmpty()).isPresent();
  }

  private static long answerLength(ChatCompletion completion) {
    String text = completion.choices().get(0).message().content().orElse("");
    if (text.isEmpty()) {
      throw new IllegalStateException("empty answer");
    }
    return text.length();
  }

  /** Calls started so far, by every thread. */
  long made() {
    return made.get();
  }

  @Override
  public void close() {
    small.close();
    large.close();
    streamed.close();
  }
}
