package io.driftwatch.genai.exchange;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an entity's {@code writeTo(out)} writes: a response body the application asks for that
 * way, or a request body the client streams. Each write reaches the real stream first, then is
 * reported. The caller reports the end or the failure of {@code writeTo} itself.
 */
public final class ObservingOutputStream extends OutputStream {

  private final OutputStream delegate;
  private final BodyBytesListener body;
  private final byte[] single = new byte[1];

  public ObservingOutputStream(OutputStream delegate, BodyBytesListener body) {
    this.delegate = delegate;
    this.body = body;
  }

  @Override
  public void write(int b) throws IOException {
    delegate.write(b);
    single[0] = (byte) b;
    body.onBytes(single, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    delegate.write(bytes, offset, length);
    body.onBytes(bytes, offset, length);
  }

  @Override
  public void flush() throws IOException {
    delegate.flush();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}
