package io.driftwatch.it.apps;

import io.driftwatch.it.faults.ProviderFault;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls a misbehaving provider once per fault with the JDK HttpClient and with OkHttp, reading each
 * body as a stream, and prints what it got: status, length and digest of the bytes, or the
 * exception. Runs with and without the agent must print the same lines.
 *
 * <p>Arguments: base URL, model prefix.
 */
public final class FaultMatrixApp {

  /** Set while the 100 MB stream is read: heap after GC, every 16 MiB read, over the heap before the call. */
  private static HeapWatch heapWatch;

  private FaultMatrixApp() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String modelPrefix = args[1];
    HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    OkHttpClient okHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false)
        .readTimeout(20, TimeUnit.SECONDS).build();
    for (ProviderFault fault : ProviderFault.values()) {
      String body = requestBody(modelPrefix + "-jdk-" + fault.name().toLowerCase(), fault);
      heapWatch = fault == ProviderFault.HUGE_STREAM ? new HeapWatch() : null;
      System.out.println("jdk " + fault + ": " + viaJdk(jdk, baseUrl + fault.path(), body));
      if (heapWatch != null) {
        System.out.println("heap held while reading " + fault + " (bytes): " + heapWatch.maxHeldBytes());
        heapWatch = null;
      }
      body = requestBody(modelPrefix + "-okhttp-" + fault.name().toLowerCase(), fault);
      System.out.println("okhttp " + fault + ": " + viaOkHttp(okHttp, baseUrl + fault.path(), body));
    }
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private static String requestBody(String model, ProviderFault fault) {
    boolean stream = fault == ProviderFault.STALLED_STREAM || fault == ProviderFault.MALFORMED_EVENT
        || fault == ProviderFault.HUGE_STREAM;
    return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\","
        + "\"content\":\"Why is the sky blue?\"}]}";
  }

  private static String viaJdk(HttpClient client, String url, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .header("Accept-Encoding", "gzip") // the app decompresses itself, as some SDKs do
        .timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        return "status=" + response.statusCode() + " " + digest(in);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      return "failed " + describe(e);
    }
  }

  private static String viaOkHttp(OkHttpClient client, String url, String body) {
    Request request = new Request.Builder().url(url)
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
    try (Response response = client.newCall(request).execute()) {
      try (InputStream in = response.body().byteStream()) {
        return "status=" + response.code() + " " + digest(in);
      }
    } catch (IOException | RuntimeException e) {
      return "failed " + describe(e);
    }
  }

  private static String digest(InputStream in) throws IOException {
    long[] sampledAt = {0};
    return BodyDigest.of(in, total -> {
      if (heapWatch != null && (sampledAt[0] >> 24) != (total >> 24)) {
        heapWatch.sample();
      }
      sampledAt[0] = total;
    });
  }

  /** The exception and its causes, by class: messages may name ports. */
  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(error.getClass().getName());
    for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append(" <- ").append(cause.getClass().getName());
    }
    return text.toString();
  }

  /** Heap used after a full GC, relative to before the call: what the call holds while it runs. */
  private static final class HeapWatch {
    private final long before = usedAfterGc();
    private long maxHeld;

    void sample() {
      maxHeld = Math.max(maxHeld, usedAfterGc() - before);
    }

    long maxHeldBytes() {
      return maxHeld;
    }

    private static long usedAfterGc() {
      System.gc();
      return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }
}
