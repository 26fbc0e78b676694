package io.driftwatch.instrumentation.apachehttp5.helper;

import io.driftwatch.genai.exchange.HeaderLookup;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;

/** How the classic and async helpers read an HttpClient 5 message's headers and a request's port. */
final class MessageHeaders {

  private MessageHeaders() {}

  static String first(HttpMessage message, String name) {
    Header header = message.getFirstHeader(name);
    return header == null ? null : header.getValue();
  }

  static HeaderLookup of(HttpMessage message) {
    return name -> first(message, name);
  }

  /** The port given, or the scheme's default. */
  static int portOf(int port, String scheme) {
    if (port > 0) {
      return port;
    }
    return "http".equalsIgnoreCase(scheme) ? 80 : 443;
  }
}
