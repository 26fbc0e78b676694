package io.driftwatch.instrumentation.netty.helper;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;

/**
 * Host and path of the requests on one connection, from the HTTP/1.1 {@code Host} header or the
 * HTTP/2 {@code :authority}, and the request target. A connection names the same authority every
 * time, so the last one and its host are kept: detection allocates nothing for it.
 */
final class RequestTarget {

  private String lastAuthority;
  private String lastHost;

  /** The authority's host (no port, IPv6 brackets kept), else the peer's address; null when neither is known. */
  String hostOf(CharSequence authority, SocketAddress remote) {
    if (authority != null && authority.length() > 0) {
      String value = authority.toString();
      if (!value.equals(lastAuthority)) {
        int colon = value.startsWith("[") ? value.indexOf("]:") + 1 : value.lastIndexOf(':');
        lastHost = colon > 0 ? value.substring(0, colon) : value;
        lastAuthority = value;
      }
      return lastHost;
    }
    return remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getHostString() : null;
  }

  static int portOf(SocketAddress remote) {
    return remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getPort() : -1;
  }

  /** Origin form ({@code /v1/chat}) or absolute form (through a proxy); never the query. */
  static String pathOf(CharSequence target) {
    if (target == null) {
      return null;
    }
    String uri = target.toString();
    if (uri.startsWith("/")) {
      int query = uri.indexOf('?');
      return query < 0 ? uri : uri.substring(0, query);
    }
    try {
      return URI.create(uri).getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
