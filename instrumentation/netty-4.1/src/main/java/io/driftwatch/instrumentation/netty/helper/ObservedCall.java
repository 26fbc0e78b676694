package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.exchange.BoundedCapture;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * One LLM call as a Netty observer sees it, whatever the HTTP version: the exchange and the bounded
 * copy of the request body, taken chunk by chunk as the client writes it. Bytes are copied out of
 * the application's buffers before they move on; the buffers' indexes and reference counts are
 * never touched. Used on one event loop only.
 */
final class ObservedCall {

  private static final String CLIENT = "netty";

  private final LlmExchange exchange;
  private boolean responseHeadSeen;
  /** Null once the request ended, or once it outgrew the bound (its span then has no request attributes). */
  private BoundedCapture requestCopy;

  private ObservedCall(LlmExchange exchange, BoundedCapture requestCopy) {
    this.exchange = exchange;
    this.requestCopy = requestCopy;
  }

  /**
   * Starts a call for an LLM endpoint, else returns null. {@code headers} is read only while this
   * runs.
   */
  static ObservedCall start(LlmEndpoint endpoint, String host, int port, HeaderLookup headers, long declaredLength) {
    LlmExchange exchange = LlmExchanges.start(endpoint, new OutboundRequest(host, port, headers, null, declaredLength));
    if (exchange == null) {
      return null;
    }
    exchange.foldOffReadingThread(); // an event loop: streamed events are only framed here
    return new ObservedCall(exchange, new BoundedCapture(LlmExchanges.maxCapturedBodyBytes(), declaredLength));
  }

  /** One piece of the request body, as it is written. */
  void onRequestContent(ByteBuf content) {
    BoundedCapture copy = requestCopy;
    if (copy == null || !content.isReadable()) {
      return;
    }
    copy.append(content.nioBuffer()); // a view: the buffer's indexes do not move
    if (copy.overflowed()) {
      requestCopy = null;
    }
  }

  /** The request's last piece went out: the body is complete. */
  void onRequestEnd() {
    BoundedCapture copy = requestCopy;
    requestCopy = null;
    if (copy != null) {
      byte[] bytes = copy.bytes();
      exchange.onRequestBodySent(bytes.length == copy.size() ? bytes : Arrays.copyOf(bytes, copy.size()));
    }
  }

  void onResponseHead(int status, HeaderLookup headers, long declaredLength) {
    responseHeadSeen = true;
    exchange.onResponseHead(status, headers, declaredLength);
  }

  /** After the response head, another head is the trailers. */
  boolean responseHeadSeen() {
    return responseHeadSeen;
  }

  void onResponseContent(ByteBuf content) {
    if (content.isReadable()) {
      exchange.onResponseBytes(content.nioBuffer());
    }
  }

  void complete() {
    exchange.complete();
  }

  /** The client gave up on the call (an HTTP/2 stream reset by the client): for a stream, cancelled. */
  void cancel() {
    requestCopy = null;
    exchange.closeEarly();
  }

  /** Never throws: called from failure paths. */
  void fail(Throwable cause) {
    requestCopy = null;
    try {
      exchange.fail(cause);
    } catch (Throwable t) {
      LlmExchanges.reportFailure(CLIENT, t);
    }
  }

  static long parseLength(CharSequence value) {
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
