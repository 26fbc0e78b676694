package io.driftwatch.instrumentation.okhttp.helper;

import java.io.IOException;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Copies a request body the way OkHttp's logging interceptor does, but only when writing it
 * twice is harmless (not one-shot, not duplex) and its declared length is within the bound. Any
 * other body is copied as OkHttp writes it ({@link ObservingRequestBody}).
 */
final class RequestBodyCopy {

  private RequestBodyCopy() {}

  static byte[] of(RequestBody body, int limit) throws IOException {
    if (body == null || body.isOneShot() || body.isDuplex()) {
      return null;
    }
    long length = body.contentLength();
    if (length <= 0 || length > limit) {
      return null;
    }
    Buffer copy = new Buffer();
    body.writeTo(copy);
    return copy.size() > limit ? null : copy.readByteArray();
  }
}
