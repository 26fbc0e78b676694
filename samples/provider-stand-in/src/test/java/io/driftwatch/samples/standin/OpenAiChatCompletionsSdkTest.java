package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatCompletionsSdkTest {

  private final ProviderStandIn standIn = ProviderStandIn.start();
  private final OpenAIClient client = SdkClients.openAi(standIn);

  @AfterEach
  void stop() {
    client.close();
    standIn.close();
  }

  private static ChatCompletionCreateParams.Builder ask(String question) {
    return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(question);
  }

  @Test
  void sdkReadsTheDefaultAnswerWithServedModelAndUsage() {
    standIn.setCompletionText("Four words, no more.");
    standIn.setServedModelSuffix("-2024-07-18");

    ChatCompletion completion = client.chat().completions().create(ask("Hi").build());

    assertEquals("Four words, no more.", completion.choices().get(0).message().content().get());
    assertEquals("gpt-4o-mini-2024-07-18", completion.model());
    assertEquals("chatcmpl-standin-1", completion.id());
    CompletionUsage usage = completion.usage().get();
    assertEquals(4, usage.completionTokens());
    int expectedPrompt = standIn.requests().get(0).bodyText().length() / 4;
    assertEquals(expectedPrompt, usage.promptTokens());
    assertEquals(expectedPrompt + 4, usage.totalTokens());
  }

  @Test
  void requestBodyIsRecorded() {
    client.chat().completions().create(ask("What is the capital of France?").build());

    RecordedRequest request = standIn.requests().get(0);
    assertEquals("POST", request.method());
    assertEquals("/v1/chat/completions", request.path());
    assertTrue(request.bodyText().contains("What is the capital of France?"));
    assertEquals("Bearer sk-test", request.header("authorization"));
  }

  @Test
  void streamedAnswerArrivesWordByWordAndAddsUpToTheText() {
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(ask("Hi").build())) {
      stream.stream().forEach(chunk -> chunks.add(accumulator.accumulate(chunk)));
    }

    ChatCompletion completion = accumulator.chatCompletion();
    assertEquals(StandInSettings.DEFAULT_COMPLETION_TEXT,
        completion.choices().get(0).message().content().get());
    assertEquals(ChatCompletion.Choice.FinishReason.STOP,
        completion.choices().get(0).finishReason());
    int words = StandInSettings.DEFAULT_COMPLETION_TEXT.split(" ").length;
    assertEquals(words + 2, chunks.size(), "role chunk, one per word, finish chunk");
    assertTrue(chunks.stream().allMatch(chunk -> chunk.usage().isEmpty()));
  }

  @Test
  void streamEndsWithAUsageChunkWhenAskedFor() {
    standIn.setCompletionText("One two three");
    var params = ask("Hi")
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
        .build();
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (var stream = client.chat().completions().createStreaming(params)) {
      stream.stream().forEach(chunks::add);
    }

    ChatCompletionChunk last = chunks.get(chunks.size() - 1);
    assertTrue(last.choices().isEmpty());
    assertEquals(3, last.usage().get().completionTokens());
    assertFalse(chunks.get(0).usage().isPresent());
  }

  @Test
  void cannedRateLimitSurfacesAsTheSdksRateLimitException() {
    standIn.enqueue(CannedResponse.openAiRateLimited());

    RateLimitException error = assertThrows(RateLimitException.class,
        () -> client.chat().completions().create(ask("Hi").build()));

    assertEquals(429, error.statusCode());
    assertEquals(1, standIn.requests().size(), "no retry with maxRetries(0)");
    ChatCompletion next = client.chat().completions().create(ask("Hi").build());
    assertEquals(StandInSettings.DEFAULT_COMPLETION_TEXT,
        next.choices().get(0).message().content().get(), "the canned answer is served once");
  }
}
