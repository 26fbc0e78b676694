package io.driftwatch.samples.rag;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.driftwatch.samples.support.RetrievalDepth;
import io.driftwatch.samples.support.RetrievalFlag;
import io.driftwatch.samples.support.SupportAssistant;
import io.driftwatch.samples.support.SystemPrompts;
import java.util.List;
import org.slf4j.MDC;

/**
 * Answers with LangChain4j: evaluate the retrieval flag, retrieve, call the chat model. The prompt
 * version is in the SLF4J MDC for the duration of the call, as a logging setup would want it.
 */
final class LangChain4jAssistant implements SupportAssistant {

  private static final ResponseFormat STRUCTURED_ANSWER = ResponseFormat.builder()
      .type(ResponseFormatType.JSON)
      .jsonSchema(JsonSchema.builder()
          .name("support_answer")
          .rootElement(JsonObjectSchema.builder()
              .addStringProperty("answer")
              .addEnumProperty("confidence", List.of("high", "medium", "low"))
              .required("answer", "confidence")
              .additionalProperties(false)
              .build())
          .build())
      .build();

  private final ChatModel model;
  private final SupportIndex index;
  private final RetrievalFlag retrievalFlag;

  LangChain4jAssistant(ChatModel model, SupportIndex index, RetrievalFlag retrievalFlag) {
    this.model = model;
    this.index = index;
    this.retrievalFlag = retrievalFlag;
  }

  @Override
  public Outcome answer(String question, String orderFacts, String promptVersion, boolean structured) {
    RetrievalDepth depth = retrievalFlag.evaluate();
    List<String> chunks = index.retrieve(question, depth);
    ChatRequest.Builder request = ChatRequest.builder().messages(
        SystemMessage.from(SystemPrompts.text(promptVersion)),
        UserMessage.from(SupportAssistant.userMessage(question, chunks, orderFacts)));
    if (structured) {
      request.responseFormat(STRUCTURED_ANSWER);
    }
    MDC.put(PROMPT_VERSION_MDC_KEY, promptVersion);
    try {
      String answer = model.chat(request.build()).aiMessage().text();
      return new Outcome(depth, chunks.size(), answer == null ? "" : answer, null);
    } catch (RuntimeException e) {
      return new Outcome(depth, chunks.size(), null, e.getClass().getSimpleName());
    } finally {
      MDC.remove(PROMPT_VERSION_MDC_KEY);
    }
  }
}
