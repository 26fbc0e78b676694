package io.driftwatch.instrumentation.netty.helper;

import io.driftwatch.genai.context.CallerContext;
import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.ObservedRequestBody;
import io.driftwatch.genai.exchange.OutboundRequest;
import io.netty.buffer.ByteBuf;

/**
 * One LLM call as a Netty observer sees it, whatever the HTTP version: the exchange and the bounded
 * copy of the request body, taken chunk by chunk as the client writes it (up to the bound; past it
 * only counted). Bytes are copied out of the application's buffers before they move on; the
 * buffers' indexes and reference counts are never touched. Used on one event loop only.
 */
final class ObservedCall {

  private static final String CLIENT = "netty";

  private final LlmExchange exchange;
  private boolean responseHeadSeen;
  /** Null once the request ended. */
  private ObservedRequestBody requestBody;

  private ObservedCall(LlmExchange exchange, ObservedRequestBody requestBody) {
    this.exchange = exchange;
    this.requestBody = requestBody;
  }

  /**
   * Starts a call for an LLM endpoint, else returns null. {@code headers} is read only while this
   * runs.
   *
   * @param caller what the thread that started the call had in its MDC, or null to read this thread's
   */
  static ObservedCall start(LlmEndpoint endpoint, String host, int port, HeaderLookup headers, long declaredLength,
      CallerContext caller) {
    LlmExchange exchange = LlmExchanges.start(endpoint, new OutboundRequest(host, port, headers, null, declaredLength),
        caller);
    if (exchange == null) {
      return null;
    }
    exchange.foldOffReadingThread(); // an event loop: streamed events are only framed here
    return new ObservedCall(exchange, new ObservedRequestBody(exchange, declaredLength, CLIENT));
  }

  /** One piece of the request body, as it is written. */
  void onRequestContent(ByteBuf content) {
    ObservedRequestBody body = requestBody;
    if (body != null && content.isReadable()) {
      body.onBytes(content.nioBuffer()); // a view: the buffer's indexes do not move
    }
  }

  /** The request's last piece went out: the body is complete. */
  void onRequestEnd() {
    ObservedRequestBody body = requestBody;
    requestBody = null;
    if (body != null) {
      body.onEnd();
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
    requestBody = null;
    exchange.closeEarly();
  }

  /** Never throws: called from failure paths. */
  void fail(Throwable cause) {
    requestBody = null;
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
