package io.driftwatch.genai.providers.openai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.driftwatch.genai.providers.FinishReasons;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.JsonScanner;
import io.driftwatch.genai.providers.StreamAccumulator;
import io.driftwatch.genai.providers.StreamJson;
import io.driftwatch.genai.providers.ToolCallAssembler;
import java.io.IOException;

/**
 * OpenAI Chat Completions chunks ({@code chat.completion.chunk}): read in place by the
 * allocation-free scanner, and with Jackson's streaming parser when the scanner declines one.
 */
public final class OpenAiChatStreamAccumulator implements StreamAccumulator {

  private final ToolCallAssembler toolCalls = new ToolCallAssembler();
  /** By choice index: a reason repeated in later chunks, or one per chunk, is kept once per choice. */
  private final FinishReasons finishReasons = new FinishReasons();
  private final OpenAiChatChunk chunk = new OpenAiChatChunk();
  private final OpenAiChatChunkScanner scanner;
  private final OpenAiChatChunkParser parser = new OpenAiChatChunkParser(chunk);
  /** Events the scanner left to the parser; for tests. */
  private long parsed;

  public OpenAiChatStreamAccumulator() {
    this(true);
  }

  /** @param scan false reads every event with the parser (tests compare the two) */
  OpenAiChatStreamAccumulator(boolean scan) {
    this.scanner = scan ? new OpenAiChatChunkScanner(chunk) : null;
  }

  @Override
  public boolean onEvent(String eventType, byte[] data, int offset, int length, GenAiCall call) throws IOException {
    if (scanner != null) {
      try {
        scanner.read(data, offset, length, call);
        return chunk.foldInto(call, toolCalls, finishReasons);
      } catch (JsonScanner.Unsupported e) {
        // not the scanner's subset: the parser reads it from the start, and decides if it is malformed
      }
    }
    parsed++;
    try (JsonParser json = StreamJson.parser(data, offset, length)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        json.skipChildren(); // still reports a malformed array; a scalar is ignored, as before
        return false;
      }
      parser.read(json, call);
      return chunk.foldInto(call, toolCalls, finishReasons);
    }
  }

  long parsedEvents() {
    return parsed;
  }

  @Override
  public void finish(GenAiCall call) {
    toolCalls.addTo(call);
    finishReasons.addTo(call);
  }
}
