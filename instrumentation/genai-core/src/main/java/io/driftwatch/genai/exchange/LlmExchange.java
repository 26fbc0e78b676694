package io.driftwatch.genai.exchange;

import io.driftwatch.genai.detect.LlmEndpoint;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One LLM call as seen by an HTTP client: request bytes, response head, a bounded copy of the
 * response bytes and the timings. Written by application threads (one at a time, as the client
 * delivers the body), then handed to the analyzer exactly once.
 */
public final class LlmExchange {

  private final LlmEndpoint endpoint;
  private final String serverAddress;
  private final int serverPort;
  private final RequestHeaders requestHeaders;
  private final byte[] requestBody;
  private final long requestBodyLength;
  private final long startEpochNanos;
  private final long startNanoTime;
  private final int maxCapturedBodyBytes;
  private final ExchangeSink sink;
  private final AtomicBoolean ended = new AtomicBoolean();

  private int statusCode = -1;
  private ResponseHeaders responseHeaders;
  private BoundedCapture responseBody;
  private long firstByteNanoTime;
  private long endNanoTime;
  private ExchangeOutcome outcome;
  private Throwable failure;

  LlmExchange(LlmEndpoint endpoint, OutboundRequest request, int maxCapturedBodyBytes, ExchangeSink sink) {
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

  public void onResponseHead(int status, HeaderLookup headers, long contentLength) {
    this.statusCode = status;
    this.responseHeaders = ResponseHeaders.from(headers);
    this.responseBody = new BoundedCapture(maxCapturedBodyBytes, contentLength);
  }

  public void onResponseBytes(byte[] source, int offset, int length) {
    if (firstByteNanoTime == 0 && length > 0) {
      firstByteNanoTime = System.nanoTime();
    }
    if (responseBody != null) {
      responseBody.append(source, offset, length);
    }
  }

  public void onResponseBytes(ByteBuffer source) {
    if (firstByteNanoTime == 0 && source.hasRemaining()) {
      firstByteNanoTime = System.nanoTime();
    }
    if (responseBody != null) {
      responseBody.append(source);
    }
  }

  public void complete() {
    end(ExchangeOutcome.COMPLETED, null);
  }

  public void fail(Throwable error) {
    end(ExchangeOutcome.FAILED, error);
  }

  public void closeEarly() {
    end(ExchangeOutcome.CLOSED_EARLY, null);
  }

  private void end(ExchangeOutcome how, Throwable error) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    this.endNanoTime = System.nanoTime();
    this.outcome = how;
    this.failure = error;
    sink.submit(this);
  }

  public boolean isEnded() {
    return ended.get();
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

  public RequestHeaders requestHeaders() {
    return requestHeaders;
  }

  /** Bytes of the request body, or -1 when unknown. */
  public long requestBodyLength() {
    return requestBodyLength;
  }

  public byte[] requestBody() {
    return requestBody;
  }

  public int statusCode() {
    return statusCode;
  }

  /** Null when no response arrived. */
  public ResponseHeaders responseHeaders() {
    return responseHeaders;
  }

  public BoundedCapture responseBody() {
    return responseBody;
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
