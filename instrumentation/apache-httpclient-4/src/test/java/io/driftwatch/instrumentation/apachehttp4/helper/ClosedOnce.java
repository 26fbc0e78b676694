package io.driftwatch.instrumentation.apachehttp4.helper;

import org.apache.http.HttpResponse;
import org.apache.http.client.methods.CloseableHttpResponse;

/** A response as HttpClient 4 returns one, recording whether the application closed it. */
final class ClosedOnce extends org.apache.http.message.BasicHttpResponse implements CloseableHttpResponse {

  boolean closed;

  ClosedOnce(HttpResponse response) {
    super(response.getStatusLine());
    setHeaders(response.getAllHeaders());
    setEntity(response.getEntity());
  }

  @Override
  public void close() {
    closed = true;
  }
}
