package io.driftwatch.samples.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.ResponsesModel;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseUsage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiResponsesSdkTest {

  private final ProviderStandIn standIn = ProviderStandIn.start();
  private final OpenAIClient client = SdkClients.openAi(standIn);

  @AfterEach
  void stop() {
    client.close();
    standIn.close();
  }

  private static ResponseCreateParams ask(String question) {
    return ResponseCreateParams.builder().model("gpt-4.1-mini").input(question).build();
  }

  private static String textOf(Response response) {
    return response.output().get(0).message().get().content().get(0).outputText().get().text();
  }

  // The SDK files a known model name under the ChatModel enum, and asString() then throws.
  private static String modelNameOf(ResponsesModel model) {
    if (model.isChat()) {
      return model.asChat().asString();
    }
    return model.isOnly() ? model.asOnly().asString() : model.asString();
  }

  @Test
  void sdkReadsTheResponseTextModelAndUsage() {
    standIn.setCompletionText("Paris is the capital.");

    Response response = client.responses().create(ask("Capital of France?"));

    assertEquals("Paris is the capital.", textOf(response));
    assertEquals("resp_standin_1", response.id());
    assertEquals("gpt-4.1-mini", modelNameOf(response.model()));
    ResponseUsage usage = response.usage().get();
    assertEquals(4, usage.outputTokens());
    assertEquals(standIn.requests().get(0).bodyText().length() / 4, usage.inputTokens());
    assertEquals(usage.inputTokens() + 4, usage.totalTokens());
    assertTrue(standIn.requests().get(0).bodyText().contains("Capital of France?"));
  }

  @Test
  void streamedResponseAccumulatesToTheSameText() {
    standIn.setCompletionText("Paris is the capital.");
    ResponseAccumulator accumulator = ResponseAccumulator.create();

    try (var stream = client.responses().createStreaming(ask("Capital of France?"))) {
      stream.stream().forEach(accumulator::accumulate);
    }

    Response response = accumulator.response();
    assertEquals("Paris is the capital.", textOf(response));
    assertEquals(4, response.usage().get().outputTokens());
  }
}
