package io.driftwatch.instrumentation.jdkhttp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Flow;

/**
 * Reads a request body up front only when the JDK's publisher can be subscribed again without side
 * effects (in-memory byte arrays and strings, which the JDK itself re-sends on redirects) and
 * delivers synchronously. Any other body is observed as it goes out ({@link ObservingBodyPublisher}).
 */
final class RequestBodyCopy {

  private static final String REPLAYABLE_PUBLISHER = "jdk.internal.net.http.RequestPublishers$ByteArrayPublisher";

  private RequestBodyCopy() {}

  static byte[] of(HttpRequest request, int limit) {
    Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
    if (publisher.isEmpty()) {
      return null;
    }
    long length = publisher.get().contentLength();
    if (length <= 0 || length > limit || !isReplayable(publisher.get().getClass())) {
      return null;
    }
    Collector collector = new Collector((int) length);
    publisher.get().subscribe(collector);
    return collector.bytesIfComplete();
  }

  private static boolean isReplayable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (REPLAYABLE_PUBLISHER.equals(c.getName())) {
        return true;
      }
    }
    return false;
  }

  private static final class Collector implements Flow.Subscriber<ByteBuffer> {
    private final ByteArrayOutputStream bytes;
    private boolean complete;

    Collector(int expectedLength) {
      this.bytes = new ByteArrayOutputStream(expectedLength);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer item) {
      byte[] chunk = new byte[item.remaining()];
      item.duplicate().get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }

    @Override
    public void onError(Throwable throwable) {
      complete = false;
    }

    @Override
    public void onComplete() {
      complete = true;
    }

    byte[] bytesIfComplete() {
      return complete ? bytes.toByteArray() : null;
    }
  }
}
