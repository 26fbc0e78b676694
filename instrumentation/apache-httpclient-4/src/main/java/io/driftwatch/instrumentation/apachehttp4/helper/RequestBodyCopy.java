package io.driftwatch.instrumentation.apachehttp4.helper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.http.HttpEntity;

/**
 * Copies a request entity only when the library itself may write it more than once (repeatable:
 * strings, byte arrays, files) and its declared length is within the bound. Any other entity is
 * copied as the client writes it ({@link ObservingRequestEntity}).
 */
final class RequestBodyCopy {

  private RequestBodyCopy() {}

  static byte[] of(HttpEntity entity, int limit) {
    if (entity == null || !entity.isRepeatable()) {
      return null;
    }
    long length = entity.getContentLength();
    if (length <= 0 || length > limit) {
      return null;
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream((int) length);
    try {
      entity.writeTo(copy);
    } catch (IOException e) {
      return null;
    }
    return copy.size() > limit ? null : copy.toByteArray();
  }
}
