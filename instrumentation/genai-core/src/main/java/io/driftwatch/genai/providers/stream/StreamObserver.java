package io.driftwatch.genai.providers.stream;

import io.driftwatch.genai.providers.anthropic.AnthropicStreamAccumulator;
import io.driftwatch.genai.providers.bedrock.BedrockConverseStreamAccumulator;
import io.driftwatch.genai.providers.bedrock.BedrockInvokeStreamAccumulator;
import io.driftwatch.genai.providers.EndMarker;
import io.driftwatch.genai.providers.gemini.GeminiStreamAccumulator;
import io.driftwatch.genai.providers.ollama.OllamaStreamAccumulator;
import io.driftwatch.genai.providers.openai.OpenAiChatStreamAccumulator;
import io.driftwatch.genai.providers.openai.OpenAiResponsesStreamAccumulator;
import io.driftwatch.genai.providers.StreamAccumulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.StreamListener;
import io.driftwatch.genai.providers.WireFormat;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ProviderParsers;
import io.driftwatch.genai.util.FaultInjection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Watches a streamed response as the application reads it: splits events (server-sent events,
 * NDJSON lines, or AWS event stream messages), folds each into the call, times the chunks. Holds one event at most; a malformed
 * event is counted and skipped.
 */
public final class StreamObserver implements SseDecoder.Listener, StreamListener {

  static final int MAX_EVENT_BYTES = 1 << 20;
  /** One mapper for every event parsed on the application's threads (accumulators that unwrap events too). */
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String EVENT_STREAM = "text/event-stream";
  private static final String NDJSON = "application/x-ndjson";
  private static final String AWS_EVENT_STREAM = "application/vnd.amazon.eventstream";

  private final EventDecoder decoder;
  private final StreamAccumulator accumulator;
  private final GenAiCall call = new GenAiCall();
  private final ChunkTimings timings;
  private static final Set<String> TERMINAL_EVENT_TYPES =
      Set.of("message_stop", "response.completed", "response.incomplete", "response.failed");

  private boolean terminalEventSeen;
  private long events;
  private long malformedEvents;

  private StreamObserver(StreamAccumulator accumulator, Framing framing, long startNanoTime) {
    this.accumulator = accumulator;
    this.decoder = framing.decoder(this);
    this.timings = new ChunkTimings(startNanoTime);
  }

  /** How events are framed on the wire. */
  private enum Framing {
    SSE, NDJSON, AWS_EVENT_STREAM;

    EventDecoder decoder(SseDecoder.Listener listener) {
      switch (this) {
        case NDJSON:
          return new NdjsonDecoder(MAX_EVENT_BYTES, listener);
        case AWS_EVENT_STREAM:
          return new AwsEventStreamDecoder(MAX_EVENT_BYTES, listener);
        default:
          return new SseDecoder(MAX_EVENT_BYTES, listener);
      }
    }
  }

  /** @return an observer for this format's server-sent events, or null when streams of it are not understood */
  public static StreamObserver forFormat(WireFormat format, long startNanoTime) {
    StreamAccumulator accumulator = sseAccumulatorFor(format);
    return accumulator == null ? null : new StreamObserver(accumulator, Framing.SSE, startNanoTime);
  }

  /**
   * @return an observer when the response is a stream this endpoint's format is known to send
   *     ({@code text/event-stream}, {@code application/x-ndjson} for Ollama, the AWS event stream
   *     for Bedrock), else null
   */
  public static StreamObserver forResponse(LlmEndpoint endpoint, String contentType, long startNanoTime) {
    StreamObserver observer = null;
    if (startsWithIgnoreCase(contentType, EVENT_STREAM)) {
      observer = forFormat((WireFormat) endpoint.format(), startNanoTime);
    } else if (startsWithIgnoreCase(contentType, NDJSON)) {
      StreamAccumulator accumulator = ndjsonAccumulatorFor((WireFormat) endpoint.format());
      observer = accumulator == null ? null : new StreamObserver(accumulator, Framing.NDJSON, startNanoTime);
    } else if (startsWithIgnoreCase(contentType, AWS_EVENT_STREAM)) {
      StreamAccumulator accumulator = awsEventStreamAccumulatorFor((WireFormat) endpoint.format());
      observer = accumulator == null ? null : new StreamObserver(accumulator, Framing.AWS_EVENT_STREAM, startNanoTime);
    }
    if (observer != null) {
      observer.call.requestModel = endpoint.pathModel(); // the request body may be unreadable or name none
    }
    return observer;
  }

  private static StreamAccumulator sseAccumulatorFor(WireFormat format) {
    switch (format) {
      case OPENAI_CHAT:
      case OPENAI_COMPLETIONS:
        return new OpenAiChatStreamAccumulator();
      case OPENAI_RESPONSES:
        return new OpenAiResponsesStreamAccumulator();
      case ANTHROPIC_MESSAGES:
        return new AnthropicStreamAccumulator();
      case GEMINI_GENERATE_CONTENT:
      case GEMINI_STREAM_GENERATE_CONTENT:
        return new GeminiStreamAccumulator();
      default:
        return null;
    }
  }

  private static StreamAccumulator awsEventStreamAccumulatorFor(WireFormat format) {
    if (format == WireFormat.BEDROCK_CONVERSE_STREAM) {
      return new BedrockConverseStreamAccumulator();
    }
    return format == WireFormat.BEDROCK_INVOKE_STREAM ? new BedrockInvokeStreamAccumulator() : null;
  }

  private static StreamAccumulator ndjsonAccumulatorFor(WireFormat format) {
    if (format == WireFormat.OLLAMA_CHAT || format == WireFormat.OLLAMA_GENERATE) {
      return new OllamaStreamAccumulator(ProviderParsers.forFormat(format));
    }
    return null;
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text != null && text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  @Override
  public void onBytes(byte[] bytes, int offset, int length) {
    decoder.accept(bytes, offset, length);
  }

  @Override
  public void onBytes(ByteBuffer buffer) {
    decoder.accept(buffer);
  }

  @Override
  public void onEvent(String eventType, String data) {
    FaultInjection.at(FaultInjection.STREAM_EVENT);
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
    if (accumulator instanceof EndMarker && ((EndMarker) accumulator).endSeen()) {
      terminalEventSeen = true;
    }
  }

  @Override
  public void onOversizedEvent() {
    malformedEvents++;
  }

  /** The call as far as the stream told it; call once, after the stream ended. */
  public GenAiCall finish() {
    decoder.flush();
    accumulator.finish(call);
    return call;
  }

  @Override
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
