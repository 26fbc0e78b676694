package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.LlmExchanges;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.RequestChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/** The application's request producer for an LLM call, observed: the body is copied as the client writes it. */
final class ObservingRequestProducer implements AsyncRequestProducer {

  private static final String CLIENT = "apache-httpclient-5";

  private final AsyncRequestProducer delegate;
  private final AsyncCallState state;

  ObservingRequestProducer(AsyncRequestProducer delegate, AsyncCallState state) {
    this.delegate = delegate;
    this.state = state;
  }

  @Override
  public void sendRequest(RequestChannel channel, HttpContext context) throws HttpException, IOException {
    delegate.sendRequest(channel, context);
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
