package io.driftwatch.instrumentation.apachehttp4.helper;

import io.driftwatch.genai.exchange.ObservedResponseBody;
import java.io.IOException;
import java.util.Locale;
import org.apache.http.Header;
import org.apache.http.HeaderIterator;
import org.apache.http.HttpEntity;
import org.apache.http.ProtocolVersion;
import org.apache.http.StatusLine;
import org.apache.http.client.methods.CloseableHttpResponse;

/**
 * The application's response, every method passed through; only {@code close()} is also
 * reported, since HttpClient 4 closes a response by releasing its connection, never its entity.
 */
@SuppressWarnings("deprecation")
final class ObservingResponse implements CloseableHttpResponse {

  private final CloseableHttpResponse delegate;
  private final ObservedResponseBody body;

  ObservingResponse(CloseableHttpResponse delegate, ObservedResponseBody body) {
    this.delegate = delegate;
    this.body = body;
  }

  @Override
  public void close() throws IOException {
    body.onClose();
    delegate.close();
  }

  @Override public StatusLine getStatusLine() { return delegate.getStatusLine(); }
  @Override public void setStatusLine(StatusLine line) { delegate.setStatusLine(line); }
  @Override public void setStatusLine(ProtocolVersion version, int code) { delegate.setStatusLine(version, code); }
  @Override public void setStatusLine(ProtocolVersion version, int code, String reason) {
    delegate.setStatusLine(version, code, reason);
  }
  @Override public void setStatusCode(int code) { delegate.setStatusCode(code); }
  @Override public void setReasonPhrase(String reason) { delegate.setReasonPhrase(reason); }
  @Override public HttpEntity getEntity() { return delegate.getEntity(); }
  @Override public void setEntity(HttpEntity entity) { delegate.setEntity(entity); }
  @Override public Locale getLocale() { return delegate.getLocale(); }
  @Override public void setLocale(Locale locale) { delegate.setLocale(locale); }
  @Override public ProtocolVersion getProtocolVersion() { return delegate.getProtocolVersion(); }
  @Override public boolean containsHeader(String name) { return delegate.containsHeader(name); }
  @Override public Header[] getHeaders(String name) { return delegate.getHeaders(name); }
  @Override public Header getFirstHeader(String name) { return delegate.getFirstHeader(name); }
  @Override public Header getLastHeader(String name) { return delegate.getLastHeader(name); }
  @Override public Header[] getAllHeaders() { return delegate.getAllHeaders(); }
  @Override public void addHeader(Header header) { delegate.addHeader(header); }
  @Override public void addHeader(String name, String value) { delegate.addHeader(name, value); }
  @Override public void setHeader(Header header) { delegate.setHeader(header); }
  @Override public void setHeader(String name, String value) { delegate.setHeader(name, value); }
  @Override public void setHeaders(Header[] headers) { delegate.setHeaders(headers); }
  @Override public void removeHeader(Header header) { delegate.removeHeader(header); }
  @Override public void removeHeaders(String name) { delegate.removeHeaders(name); }
  @Override public HeaderIterator headerIterator() { return delegate.headerIterator(); }
  @Override public HeaderIterator headerIterator(String name) { return delegate.headerIterator(name); }
  @Override public org.apache.http.params.HttpParams getParams() { return delegate.getParams(); }
  @Override public void setParams(org.apache.http.params.HttpParams params) { delegate.setParams(params); }
  @Override public String toString() { return delegate.toString(); }
}
