package io.driftwatch.genai.exchange;

import java.io.IOException;
import java.io.InputStream;

/**
 * The application's response stream, unchanged: each read goes straight to the client's stream
 * and what it returned is reported, nothing is read ahead or kept. {@code skip}, {@code transferTo}
 * and the other defaults of {@link InputStream} go through {@link #read(byte[], int, int)}, so
 * every byte the application consumes is seen once.
 */
public final class ObservingInputStream extends InputStream {

  private final InputStream delegate;
  private final ObservedResponseBody body;
  private final byte[] single = new byte[1];

  public ObservingInputStream(InputStream delegate, ObservedResponseBody body) {
    this.delegate = delegate;
    this.body = body;
  }

  @Override
  public int read() throws IOException {
    int read;
    try {
      read = delegate.read();
    } catch (IOException | RuntimeException | Error e) {
      body.onFailure(e);
      throw e;
    }
    if (read < 0) {
      body.onEnd();
    } else {
      single[0] = (byte) read;
      body.onBytes(single, 0, 1);
    }
    return read;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read;
    try {
      read = delegate.read(buffer, offset, length);
    } catch (IOException | RuntimeException | Error e) {
      body.onFailure(e);
      throw e;
    }
    if (read < 0) {
      body.onEnd();
    } else {
      body.onBytes(buffer, offset, read);
    }
    return read;
  }

  @Override
  public int available() throws IOException {
    return delegate.available();
  }

  @Override
  public void close() throws IOException {
    body.onClose();
    delegate.close();
  }
}
