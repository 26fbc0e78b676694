package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmExchange;
import io.driftwatch.genai.exchange.LlmExchanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The application's response consumer, observed: the head, each buffer (seen through a view before
 * the application's consumer takes it), the end, a failure, or a release before the end.
 */
final class ObservingResponseConsumer<T> implements AsyncResponseConsumer<T> {

  private static final String CLIENT = "apache-httpclient-5";

  private final AsyncResponseConsumer<T> delegate;
  private final AsyncCallState state;

  @SuppressWarnings("unchecked")
  ObservingResponseConsumer(AsyncResponseConsumer<?> delegate, AsyncCallState state) {
    this.delegate = (AsyncResponseConsumer<T>) delegate;
    this.state = state;
  }

  @Override
  public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
      FutureCallback<T> callback) throws HttpException, IOException {
    LlmExchange exchange = state.exchange();
    if (exchange != null) {
      try {
        exchange.onResponseHead(response.getCode(), name -> {
          Header header = response.getFirstHeader(name);
          return header == null ? null : header.getValue();
        }, entity == null ? 0 : entity.getContentLength());
      } catch (Throwable t) {
        LlmExchanges.reportFailure(CLIENT, t);
      }
    }
    delegate.consumeResponse(response, entity, context, callback);
    if (exchange != null && entity == null) {
      exchange.complete(); // no body follows
    }
  }

  @Override
  public void informationResponse(HttpResponse response, HttpContext context) throws HttpException, IOException {
    delegate.informationResponse(response, context);
  }

  @Override
  public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
    delegate.updateCapacity(capacityChannel);
  }

  @Override
  public void consume(ByteBuffer source) throws IOException {
    LlmExchange exchange = state.exchange();
    if (exchange != null) {
      try {
        exchange.onResponseBytes(source.duplicate());
      } catch (Throwable t) {
        LlmExchanges.reportFailure(CLIENT, t);
      }
    }
    delegate.consume(source);
  }

  @Override
  public void streamEnd(List<? extends Header> trailers) throws HttpException, IOException {
    delegate.streamEnd(trailers);
    LlmExchange exchange = state.exchange();
    if (exchange != null) {
      exchange.complete();
    }
  }

  @Override
  public void failed(Exception cause) {
    LlmExchange exchange = state.exchange();
    if (exchange != null) {
      exchange.fail(cause);
    }
    delegate.failed(cause);
  }

  @Override
  public void releaseResources() {
    delegate.releaseResources();
    LlmExchange exchange = state.exchange();
    if (exchange != null) {
      exchange.closeEarly(); // a no-op when the exchange already ended
    }
  }
}
