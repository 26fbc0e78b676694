package io.driftwatch.samples.springai;

import io.driftwatch.samples.support.RetrievalDepth;
import io.driftwatch.samples.support.RetrievalFlag;
import io.driftwatch.samples.support.SupportAssistant;
import io.driftwatch.samples.support.SystemPrompts;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.ResponseFormat;

/** Answers with Spring AI's OpenAI chat model: evaluate the retrieval flag, retrieve, call the model. */
final class SpringAiAssistant implements SupportAssistant {

  private static final ResponseFormat STRUCTURED_ANSWER = ResponseFormat.builder()
      .type(ResponseFormat.Type.JSON_SCHEMA)
      .jsonSchema(ResponseFormat.JsonSchema.builder()
          .name("support_answer")
          .strict(true)
          .schema(Map.of(
              "type", "object",
              "properties", Map.of(
                  "answer", Map.of("type", "string"),
                  "confidence", Map.of("type", "string", "enum", List.of("high", "medium", "low"))),
              "required", List.of("answer", "confidence"),
              "additionalProperties", false))
          .build())
      .build();

  private final ChatModel model;
  private final SpringAiSupportIndex index;
  private final RetrievalFlag retrievalFlag;

  SpringAiAssistant(ChatModel model, SpringAiSupportIndex index, RetrievalFlag retrievalFlag) {
    this.model = model;
    this.index = index;
    this.retrievalFlag = retrievalFlag;
  }

  @Override
  public Outcome answer(String question, String orderFacts, String promptVersion, boolean structured) {
    RetrievalDepth depth = retrievalFlag.evaluate();
    List<String> chunks = index.retrieve(question, depth);
    OpenAiChatOptions.Builder options = OpenAiChatOptions.builder();
    if (structured) {
      options.responseFormat(STRUCTURED_ANSWER);
    }
    Prompt prompt = new Prompt(List.of(
        new SystemMessage(SystemPrompts.text(promptVersion)),
        new UserMessage(SupportAssistant.userMessage(question, chunks, orderFacts))), options.build());
    MDC.put(PROMPT_VERSION_MDC_KEY, promptVersion);
    try {
      String answer = model.call(prompt).getResult().getOutput().getText();
      return new Outcome(depth, chunks.size(), answer == null ? "" : answer, null);
    } catch (RuntimeException e) {
      return new Outcome(depth, chunks.size(), null, e.getClass().getSimpleName());
    } finally {
      MDC.remove(PROMPT_VERSION_MDC_KEY);
    }
  }
}
