package io.driftwatch.genai.providers.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.driftwatch.genai.providers.FinishReasons;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.StreamAccumulator;
import io.driftwatch.genai.providers.StreamJson;
import io.driftwatch.genai.providers.ToolCallAssembler;
import java.io.IOException;

/** OpenAI Chat Completions chunks ({@code chat.completion.chunk}), read with the streaming parser. */
public final class OpenAiChatStreamAccumulator implements StreamAccumulator {

  private final ToolCallAssembler toolCalls = new ToolCallAssembler();
  /** By choice index: a reason repeated in later chunks, or one per chunk, is kept once per choice. */
  private final FinishReasons finishReasons = new FinishReasons();
  private final OpenAiChatChunk chunk = new OpenAiChatChunk();

  @Override
  public boolean onEvent(String eventType, byte[] data, int offset, int length, GenAiCall call) throws IOException {
    try (JsonParser parser = StreamJson.parser(data, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        parser.skipChildren(); // still reports a malformed array; a scalar is ignored, as before
        return false;
      }
      chunk.read(parser, call);
      return chunk.foldInto(call, toolCalls, finishReasons);
    }
  }

  @Override
  public void finish(GenAiCall call) {
    toolCalls.addTo(call);
    finishReasons.addTo(call);
  }
}
