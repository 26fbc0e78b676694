package io.driftwatch.samples.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI Responses API streamed: named events from response.created through one
 * response.output_text.delta per word to response.completed, numbered by sequence_number.
 */
final class OpenAiResponsesStream {

  private final Answer answer;
  private final List<SseEvent> events = new ArrayList<>();

  private OpenAiResponsesStream(Answer answer) {
    this.answer = answer;
  }

  static Reply reply(Answer answer) {
    return new SseReply(ProviderHeaders.openAi(answer), new OpenAiResponsesStream(answer).events());
  }

  private List<SseEvent> events() {
    String itemId = OpenAiResponsesApiResponses.messageId(answer);
    emit("response.created", Json.object()
        .set("response", OpenAiResponsesApiResponses.inProgress(answer)));
    emit("response.in_progress", Json.object()
        .set("response", OpenAiResponsesApiResponses.inProgress(answer)));
    emit("response.output_item.added", Json.object().put("output_index", 0)
        .set("item", OpenAiResponsesApiResponses.message(answer, null, "in_progress")));
    emit("response.content_part.added", inPart(itemId)
        .set("part", OpenAiResponsesApiResponses.outputText("")));
    for (String piece : answer.pieces()) {
      emit("response.output_text.delta", inPart(itemId).put("delta", piece)
          .set("logprobs", Json.array()));
    }
    emit("response.output_text.done", inPart(itemId).put("text", answer.text())
        .set("logprobs", Json.array()));
    emit("response.content_part.done", inPart(itemId)
        .set("part", OpenAiResponsesApiResponses.outputText(answer.text())));
    emit("response.output_item.done", Json.object().put("output_index", 0)
        .set("item", OpenAiResponsesApiResponses.message(answer, answer.text(), "completed")));
    emit("response.completed", Json.object()
        .set("response", OpenAiResponsesApiResponses.completed(answer)));
    return events;
  }

  /** The addressing fields shared by every event about the one text part. */
  private static ObjectNode inPart(String itemId) {
    return Json.object().put("item_id", itemId).put("output_index", 0).put("content_index", 0);
  }

  private void emit(String type, ObjectNode fields) {
    var event = Json.object().put("type", type).put("sequence_number", events.size());
    event.setAll(fields);
    events.add(SseEvent.named(type, Json.text(event)));
  }
}
