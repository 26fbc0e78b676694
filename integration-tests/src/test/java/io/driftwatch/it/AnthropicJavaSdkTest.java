package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The official anthropic-java SDK (OkHttp transport), unmodified, with the agent attached. */
@Tag("conformance")
class AnthropicJavaSdkTest {

  private final AnthropicClient client = AnthropicOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl())
      .apiKey("sk-ant-canary-0123456789")
      .maxRetries(0)
      .build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private Message ask(String model) {
    return client.messages().create(MessageCreateParams.builder()
        .model(model)
        .maxTokens(256)
        .system("You are terse.")
        .addUserMessage("Name one SLO.")
        .build());
  }

  @Test
  void messagesCallBecomesAnAnthropicChatSpan() {
    String model = uniqueModel("claude-sonnet-4-5");
    Message message = ask(model);

    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("anthropic", span.stringAttr("gen_ai.provider.name"));
    assertEquals(message.id(), span.stringAttr("gen_ai.response.id"));
    assertEquals(256L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(message.usage().inputTokens(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(message.usage().outputTokens(), span.longAttr("gen_ai.usage.output_tokens"));
  }

  @Test
  void rateLimitCarriesAnthropicsErrorType() {
    String model = uniqueModel("claude-haiku-429");
    PROVIDER.enqueue(CannedResponse.anthropicRateLimited());
    assertThrows(RateLimitException.class, () -> ask(model));

    ReceivedSpan span = spanFor(model);
    assertEquals("ERROR", span.statusCode());
    assertEquals("429", span.stringAttr("error.type"));
    assertEquals("rate_limit_error", span.stringAttr("driftwatch.provider.error_type"));
  }
}
