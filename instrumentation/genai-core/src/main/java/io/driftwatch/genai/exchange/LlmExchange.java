package io.driftwatch.genai.exchange;

import io.driftwatch.genai.context.RequestMetadata;
import io.driftwatch.genai.util.FaultInjection;
import java.nio.ByteBuffer;

/**
 * One LLM call as seen by an HTTP client: request bytes, response head, a bounded copy of the
 * response bytes and the timings. Written by application threads (one at a time, as the client
 * delivers the body), then handed to the analyzer exactly once.
 *
 * <p>The response fields are plain: each write runs inside a section of {@link ExchangeState}, and
 * an end asked for from another thread (the sweeper) while a writer is inside is carried out by
 * that writer on its way out, so the fields are never written and read concurrently.
 */
public final class LlmExchange {

  private final LlmEndpoint endpoint;
  private final String serverAddress;
  private final int serverPort;
  private final RequestHeaders requestHeaders;
  private final RequestMetadata metadata;
  private volatile byte[] requestBody;
  private volatile long requestBodyLength;
  private final long startEpochNanos;
  private final long startNanoTime;
  private final int maxCapturedBodyBytes;
  private final ExchangeSink sink;
  private final ProviderProtocols protocols;
  private final ExchangeState state = new ExchangeState();
  /** Set before asking for a failed end, read only by whoever carries it out. */
  private volatile Throwable pendingFailure;

  /** Set by an adapter whose reading thread may only frame (see {@link #foldOffReadingThread}). */
  private boolean foldOffReadingThread;
  private int statusCode = -1;
  private ResponseHeaders responseHeaders;
  private BoundedCapture responseBody;
  private StreamListener stream;
  private volatile long lastActivityNanoTime;
  private long firstByteNanoTime;
  private long endNanoTime;
  private ExchangeOutcome outcome;
  private Throwable failure;

  LlmExchange(LlmEndpoint endpoint, OutboundRequest request, int maxCapturedBodyBytes, ExchangeSink sink,
      RequestMetadata metadata, ProviderProtocols protocols) {
    this.protocols = protocols;
    this.metadata = metadata;
    this.endpoint = endpoint;
    this.serverAddress = request.host();
    this.serverPort = request.port();
    this.requestHeaders = RequestHeaders.from(request.headers());
    this.requestBody = request.body();
    this.requestBodyLength = request.body() != null ? request.body().length : request.bodyLength();
    this.maxCapturedBodyBytes = maxCapturedBodyBytes;
    this.sink = sink;
    this.startNanoTime = System.nanoTime();
    this.startEpochNanos = EpochClock.nowNanos();
  }

  /**
   * Tells the exchange that its response bytes arrive on a thread that must do nothing but frame
   * (a Netty event loop): a streamed answer's events are then only framed and timestamped there,
   * and folded on the analyzer's thread. Call on the reading thread, before the response head.
   */
  public void foldOffReadingThread() {
    foldOffReadingThread = true;
  }

  /** A streamed answer is watched event by event; any other body is captured up to the bound. */
  public void onResponseHead(int status, HeaderLookup headers, long contentLength) {
    if (!state.enterWrite()) {
      return;
    }
    try {
      this.statusCode = status;
      this.responseHeaders = ResponseHeaders.from(headers);
      this.stream = protocols.streamFor(endpoint, responseHeaders.contentType(), startNanoTime);
      if (stream != null && foldOffReadingThread) {
        stream.deferFolding();
      }
      this.responseBody = new BoundedCapture(stream != null ? 0 : maxCapturedBodyBytes, contentLength);
      this.lastActivityNanoTime = System.nanoTime();
    } finally {
      exitWrite();
    }
    if (stream != null) {
      sink.watch(this);
    }
  }

  public void onResponseBytes(byte[] source, int offset, int length) {
    if (length <= 0 || !state.enterWrite()) {
      return;
    }
    try {
      if (responseBody != null) {
        markActivity();
        responseBody.append(source, offset, length);
        if (stream != null) {
          stream.onBytes(source, offset, length);
        }
      }
    } finally {
      exitWrite();
    }
  }

  public void onResponseBytes(ByteBuffer source) {
    if (!source.hasRemaining() || !state.enterWrite()) {
      return;
    }
    try {
      if (responseBody != null) {
        markActivity();
        responseBody.append(source);
        if (stream != null) {
          stream.onBytes(source);
        }
      }
    } finally {
      exitWrite();
    }
  }

  /** Leaves a write section, ending the exchange if an end was asked for meanwhile. */
  private void exitWrite() {
    ExchangeOutcome asked = state.exitWrite();
    if (asked != null) {
      ended(asked, asked == ExchangeOutcome.FAILED ? pendingFailure : null);
    }
  }

  private void markActivity() {
    FaultInjection.at(FaultInjection.EXCHANGE_BYTES);
    long now = System.nanoTime();
    if (firstByteNanoTime == 0) {
      firstByteNanoTime = now;
    }
    lastActivityNanoTime = now;
  }

  /** Nanoseconds since the last response bytes arrived. */
  public long idleNanos(long nowNanoTime) {
    return nowNanoTime - lastActivityNanoTime;
  }

  /**
   * Asks a stream the application stopped reading without closing it to end: at once when no
   * application thread is inside the exchange, else by that thread when it leaves. Any thread.
   */
  public void abandon() {
    end(ExchangeOutcome.ABANDONED, null);
  }

  public void complete() {
    end(ExchangeOutcome.COMPLETED, null);
  }

  public void fail(Throwable error) {
    end(ExchangeOutcome.FAILED, error);
  }

  /** The application closed the body before reading to its end; after a stream's end marker that is normal. */
  public void closeEarly() {
    boolean streamFinished = stream != null && stream.terminalEventSeen();
    end(streamFinished ? ExchangeOutcome.COMPLETED : ExchangeOutcome.CLOSED_EARLY, null);
  }

  private void end(ExchangeOutcome how, Throwable error) {
    if (error != null) {
      pendingFailure = error;
    }
    if (state.askEnd(how)) {
      ended(how, error);
    }
  }

  /** Runs once, on the thread that won the end; the queue behind the sink publishes the fields. */
  private void ended(ExchangeOutcome how, Throwable error) {
    this.endNanoTime = System.nanoTime();
    this.outcome = how;
    this.failure = error;
    sink.submit(this);
  }

  public boolean isEnded() {
    return state.isEnded();
  }

  public LlmEndpoint endpoint() {
    return endpoint;
  }

  public String serverAddress() {
    return serverAddress;
  }

  public int serverPort() {
    return serverPort;
  }

  /** Runbook metadata resolved on the calling thread when the call started. */
  public RequestMetadata metadata() {
    return metadata;
  }

  public RequestHeaders requestHeaders() {
    return requestHeaders;
  }

  /** The most bytes of a body this exchange keeps (and the most a compressed body may inflate to). */
  public int maxCapturedBodyBytes() {
    return maxCapturedBodyBytes;
  }

  /** Bytes of the request body, or -1 when unknown. */
  public long requestBodyLength() {
    return requestBodyLength;
  }

  public byte[] requestBody() {
    return requestBody;
  }

  /**
   * The request body as the client wrote it, for bodies that could only be copied while they went
   * out (see {@link ObservedRequestBody}); ignored when the body was copied at the start.
   *
   * @param copy the bytes, or null when they overflowed the bound
   * @param totalBytes how many bytes were written
   */
  void onRequestBodyWritten(byte[] copy, long totalBytes) {
    if (requestBody != null) {
      return;
    }
    if (copy != null) {
      requestBody = copy;
    }
    requestBodyLength = totalBytes;
  }

  public int statusCode() {
    return statusCode;
  }

  /** Null when no response arrived. */
  public ResponseHeaders responseHeaders() {
    return responseHeaders;
  }

  /** Null when no response arrived; for streams it only counts bytes. */
  public BoundedCapture responseBody() {
    return responseBody;
  }

  /** The stream's observer, or null when the answer was not a stream we understand. */
  public StreamListener stream() {
    return stream;
  }

  public long startEpochNanos() {
    return startEpochNanos;
  }

  public long endEpochNanos() {
    return startEpochNanos + (endNanoTime - startNanoTime);
  }

  public double durationSeconds() {
    return (endNanoTime - startNanoTime) / 1e9;
  }

  /** Seconds from sending the request to the first response byte, or -1 if none arrived. */
  public double timeToFirstByteSeconds() {
    return firstByteNanoTime == 0 ? -1 : (firstByteNanoTime - startNanoTime) / 1e9;
  }

  public ExchangeOutcome outcome() {
    return outcome;
  }

  public Throwable failure() {
    return failure;
  }
}
