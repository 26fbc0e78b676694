package io.driftwatch.genai.providers.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.StreamListener;
import io.driftwatch.genai.providers.EndMarker;
import io.driftwatch.genai.providers.Framing;
import io.driftwatch.genai.providers.GenAiCall;
import io.driftwatch.genai.providers.ProviderFormat;
import io.driftwatch.genai.providers.StreamAccumulator;
import io.driftwatch.genai.providers.StreamJson;
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
  public static final ObjectMapper MAPPER = StreamJson.MAPPER;

  private final EventDecoder decoder;
  private final StreamAccumulator accumulator;
  private final GenAiCall call = new GenAiCall();
  private final ChunkTimings timings;
  private static final Set<String> TERMINAL_EVENT_TYPES =
      Set.of("message_stop", "response.completed", "response.incomplete", "response.failed");

  /** Drop reason when events framed for later outgrew their bound. */
  public static final String EVENTS_BOUNDED = "stream_events_bounded";

  /** Non-null once folding moved off the reading thread: events framed and kept for {@link #finish}. */
  private FramedEvents deferred;
  private boolean terminalEventSeen;
  private long events;
  private long malformedEvents;

  private StreamObserver(StreamAccumulator accumulator, Framing framing, long startNanoTime) {
    this.accumulator = accumulator;
    this.decoder = decoderFor(framing, this);
    this.timings = new ChunkTimings(startNanoTime);
  }

  private static EventDecoder decoderFor(Framing framing, SseDecoder.Listener listener) {
    switch (framing) {
      case NDJSON:
        return new NdjsonDecoder(MAX_EVENT_BYTES, listener);
      case AWS_EVENT_STREAM:
        return new AwsEventStreamDecoder(MAX_EVENT_BYTES, listener);
      default:
        return new SseDecoder(MAX_EVENT_BYTES, listener);
    }
  }

  /**
   * @return an observer when the response is a stream this endpoint's format is known to send
   *     ({@code text/event-stream}, {@code application/x-ndjson} for Ollama, the AWS event stream
   *     for Bedrock), else null
   */
  public static StreamObserver forResponse(LlmEndpoint endpoint, String contentType, long startNanoTime) {
    Framing framing = Framing.of(contentType);
    if (framing == null || !(endpoint.format() instanceof ProviderFormat)) {
      return null;
    }
    StreamAccumulator accumulator = ((ProviderFormat) endpoint.format()).newStreamAccumulator(framing);
    if (accumulator == null) {
      return null;
    }
    StreamObserver observer = new StreamObserver(accumulator, framing, startNanoTime);
    observer.call.requestModel = endpoint.pathModel(); // the request body may be unreadable or name none
    return observer;
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
  public void onEvent(String eventType, byte[] data, int offset, int length) {
    FaultInjection.at(FaultInjection.STREAM_EVENT);
    if (isDone(data, offset, length)) {
      terminalEventSeen = true;
      return;
    }
    events++;
    if (eventType != null && TERMINAL_EVENT_TYPES.contains(eventType)) {
      terminalEventSeen = true;
    }
    if (deferred != null) {
      deferred.add(eventType, data, offset, length, System.nanoTime()); // a drop is counted there
      return;
    }
    fold(eventType, data, offset, length, 0);
  }

  /** @param arrivalNanoTime when the event was framed, or 0: it arrives now */
  private void fold(String eventType, byte[] data, int offset, int length, long arrivalNanoTime) {
    try {
      if (accumulator.onEvent(eventType, data, offset, length, call)) {
        timings.onChunk(arrivalNanoTime != 0 ? arrivalNanoTime : System.nanoTime());
      }
    } catch (IOException e) {
      malformedEvents++;
    }
    if (accumulator instanceof EndMarker && ((EndMarker) accumulator).endSeen()) {
      terminalEventSeen = true;
    }
  }

  /**
   * From now on the reading thread only frames and timestamps events; they are folded in
   * {@link #finish}, on the analyzer's thread. Not for formats whose end is told inside an event
   * ({@link EndMarker}): closing after it must still read as complete, so those fold as they pass.
   */
  @Override
  public void deferFolding() {
    if (!(accumulator instanceof EndMarker) && deferred == null) {
      deferred = new FramedEvents();
    }
  }

  /** OpenAI's {@code [DONE]} end marker, told by its bytes before any parse. */
  private static boolean isDone(byte[] data, int offset, int length) {
    return length == 6 && data[offset] == '[' && data[offset + 1] == 'D' && data[offset + 2] == 'O'
        && data[offset + 3] == 'N' && data[offset + 4] == 'E' && data[offset + 5] == ']';
  }

  @Override
  public void onOversizedEvent() {
    malformedEvents++;
  }

  /** The call as far as the stream told it; call once, after the stream ended, on the analyzer's thread. */
  public GenAiCall finish() {
    decoder.flush();
    if (deferred != null) {
      deferred.drain(this::fold);
      if (deferred.dropped() > 0) {
        call.dropped(EVENTS_BOUNDED, "a stream framed on an event loop outgrew " + FramedEvents.MAX_BYTES
            + " bytes before it ended; " + deferred.dropped() + " later events were dropped unread");
      }
    }
    try {
      accumulator.finish(call);
    } catch (IOException e) {
      malformedEvents++;
    }
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
