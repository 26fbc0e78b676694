package io.driftwatch.instrumentation.apachehttp4.helper;

import io.driftwatch.genai.exchange.ObservedResponseBody;
import io.driftwatch.genai.exchange.ObservingInputStream;
import io.driftwatch.genai.exchange.ObservingOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.http.HttpEntity;
import org.apache.http.entity.HttpEntityWrapper;

/**
 * The application's response entity, unchanged, with every way of reading it observed: each
 * {@code getContent()} stream, {@code writeTo}, and the old {@code consumeContent()}. Nothing is
 * read ahead or buffered.
 */
final class ObservingEntity extends HttpEntityWrapper {

  private final ObservedResponseBody body;

  ObservingEntity(HttpEntity wrapped, ObservedResponseBody body) {
    super(wrapped);
    this.body = body;
  }

  @Override
  public InputStream getContent() throws IOException {
    InputStream content = super.getContent();
    return content == null ? null : new ObservingInputStream(content, body);
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    try {
      super.writeTo(out == null ? null : new ObservingOutputStream(out, body));
    } catch (IOException | RuntimeException | Error e) {
      body.onFailure(e);
      throw e;
    }
    body.onEnd();
  }

  @Override
  @Deprecated
  public void consumeContent() throws IOException {
    body.onClose();
    super.consumeContent();
  }
}
