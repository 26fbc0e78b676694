package io.driftwatch.agent;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The selector threads of the JDK HttpClients that the OTLP senders create. Each sits in native
 * {@code epoll_wait} for the life of the JVM, and HotSpot's exit waits about 300 ms for threads in
 * native code, so left alone they add that to every exit. Java 17 has no {@code HttpClient.close()};
 * an interrupted selector thread leaves its loop and shuts its client down, which is what the
 * exit hook does once the final export is over or abandoned. Only the clients created while the
 * agent's SDK was built are touched, never the application's.
 */
final class HttpClientSelectors {

  private static final String SELECTOR_CLASS = "jdk.internal.net.http.HttpClientImpl$SelectorManager";

  private final Set<Thread> ours;

  private HttpClientSelectors(Set<Thread> ours) {
    this.ours = ours;
  }

  /** Runs {@code startSdk} and remembers the selector threads that appeared meanwhile. */
  static HttpClientSelectors createdBy(Runnable startSdk) {
    Set<Thread> before = running();
    startSdk.run();
    Set<Thread> created = running();
    created.removeAll(before);
    return new HttpClientSelectors(created);
  }

  int count() {
    return ours.size();
  }

  void stop() {
    for (Thread selector : ours) {
      selector.interrupt();
    }
  }

  static Set<Thread> running() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count = root.enumerate(threads, true);
    Set<Thread> selectors = new HashSet<>();
    Arrays.stream(threads, 0, count).filter(t -> t.getClass().getName().equals(SELECTOR_CLASS)).forEach(selectors::add);
    return selectors;
  }
}
