package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.HeaderLookup;
import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.exchange.LlmExchanges;
import io.driftwatch.genai.exchange.OutboundRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/** The application's request producer, observed: the head starts the exchange, the body is copied as written. */
final class ObservingRequestProducer implements AsyncRequestProducer {

  private static final String CLIENT = "apache-httpclient-5";

  private final AsyncRequestProducer delegate;
  private final HttpHost target;
  private final AsyncCallState state;

  ObservingRequestProducer(AsyncRequestProducer delegate, HttpHost target, AsyncCallState state) {
    this.delegate = delegate;
    this.target = target;
    this.state = state;
  }

  @Override
  public void sendRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
    delegate.sendRequest((request, entity, requestContext) -> {
      try {
        start(request, entity);
      } catch (Throwable t) {
        LlmExchanges.reportFailure(CLIENT, t);
      }
      channel.sendRequest(request, entity, requestContext);
    }, context);
  }

  private void start(HttpRequest request, EntityDetails entity) {
    if (state.exchange() != null) {
      return; // sent again (a retry): still the same call
    }
    String host = target != null ? target.getHostName()
        : request.getAuthority() != null ? request.getAuthority().getHostName() : null;
    int port = target != null ? target.getPort() : request.getAuthority() != null ? request.getAuthority().getPort() : -1;
    String scheme = target != null ? target.getSchemeName() : request.getScheme();
    String path = request.getPath();
    if (host == null || path == null) {
      return;
    }
    int query = path.indexOf('?');
    path = query < 0 ? path : path.substring(0, query);
    if (port <= 0) {
      port = "http".equalsIgnoreCase(scheme) ? 80 : 443;
    }
    HeaderLookup headers = name -> {
      Header header = request.getFirstHeader(name);
      return header == null ? null : header.getValue();
    };
    LlmEndpoint endpoint = LlmExchanges.detect(host, port, path, headers);
    if (endpoint != null) {
      long length = entity == null ? 0 : entity.getContentLength();
      state.started(LlmExchanges.start(endpoint, new OutboundRequest(host, port, headers, null, length)));
    }
  }

  @Override
  public void produce(DataStreamChannel channel) throws IOException {
    delegate.produce(state.exchange() == null ? channel : new CopyingChannel(channel));
  }

  @Override
  public int available() {
    return delegate.available();
  }

  @Override
  public boolean isRepeatable() {
    return delegate.isRepeatable();
  }

  @Override
  public void failed(Exception cause) {
    delegate.failed(cause);
  }

  @Override
  public void releaseResources() {
    delegate.releaseResources();
  }

  /** The client's data channel; what it takes of each buffer is copied, the end hands the copy over. */
  private final class CopyingChannel implements DataStreamChannel {
    private final DataStreamChannel channel;

    CopyingChannel(DataStreamChannel channel) {
      this.channel = channel;
    }

    @Override
    public void requestOutput() {
      channel.requestOutput();
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      int start = source.position();
      int written = channel.write(source);
      try {
        state.requestBytesWritten(source, start, written);
      } catch (Throwable t) {
        LlmExchanges.reportFailure(CLIENT, t);
      }
      return written;
    }

    @Override
    public void endStream() throws IOException {
      observeEnd();
      channel.endStream();
    }

    @Override
    public void endStream(List<? extends Header> trailers) throws IOException {
      observeEnd();
      channel.endStream(trailers);
    }

    private void observeEnd() {
      try {
        state.requestEnded();
      } catch (Throwable t) {
        LlmExchanges.reportFailure(CLIENT, t);
      }
    }
  }
}
