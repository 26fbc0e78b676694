package io.driftwatch.genai.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.detect.WireFormat;
import io.driftwatch.genai.parse.GenAiCall;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Watches a streamed response as the application reads it: splits events, folds each into the
 * call, times the chunks. Holds one event at most; a malformed event is counted and skipped.
 */
public final class StreamObserver implements SseDecoder.Listener {

  static final int MAX_EVENT_BYTES = 1 << 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final SseDecoder decoder = new SseDecoder(MAX_EVENT_BYTES, this);
  private final StreamAccumulator accumulator;
  private final GenAiCall call = new GenAiCall();
  private final ChunkTimings timings;
  private static final Set<String> TERMINAL_EVENT_TYPES =
      Set.of("message_stop", "response.completed", "response.incomplete", "response.failed");

  private boolean terminalEventSeen;
  private long events;
  private long malformedEvents;

  private StreamObserver(StreamAccumulator accumulator, long startNanoTime) {
    this.accumulator = accumulator;
    this.timings = new ChunkTimings(startNanoTime);
  }

  /** @return an observer for this format's event stream, or null when streams of it are not understood */
  public static StreamObserver forFormat(WireFormat format, long startNanoTime) {
    switch (format) {
      case OPENAI_CHAT:
      case OPENAI_COMPLETIONS:
        return new StreamObserver(new OpenAiChatStreamAccumulator(), startNanoTime);
      case OPENAI_RESPONSES:
        return new StreamObserver(new OpenAiResponsesStreamAccumulator(), startNanoTime);
      case ANTHROPIC_MESSAGES:
        return new StreamObserver(new AnthropicStreamAccumulator(), startNanoTime);
      default:
        return null;
    }
  }

  public void onBytes(byte[] bytes, int offset, int length) {
    decoder.accept(bytes, offset, length);
  }

  public void onBytes(ByteBuffer buffer) {
    decoder.accept(buffer);
  }

  @Override
  public void onEvent(String eventType, String data) {
    if ("[DONE]".equals(data)) {
      terminalEventSeen = true;
      return;
    }
    events++;
    if (eventType != null && TERMINAL_EVENT_TYPES.contains(eventType)) {
      terminalEventSeen = true;
    }
    JsonNode event;
    try {
      event = MAPPER.readTree(data);
    } catch (IOException e) {
      malformedEvents++;
      return;
    }
    if (event != null && event.isObject() && accumulator.onEvent(eventType, event, call)) {
      timings.onChunk(System.nanoTime());
    }
  }

  @Override
  public void onOversizedEvent() {
    malformedEvents++;
  }

  /** The call as far as the stream told it; call once, after the stream ended. */
  public GenAiCall finish() {
    accumulator.finish(call);
    return call;
  }

  /** The provider sent its end-of-stream marker, so closing now is not a cancellation. */
  public boolean terminalEventSeen() {
    return terminalEventSeen;
  }

  public ChunkTimings timings() {
    return timings;
  }

  public long events() {
    return events;
  }

  public long malformedEvents() {
    return malformedEvents;
  }
}
