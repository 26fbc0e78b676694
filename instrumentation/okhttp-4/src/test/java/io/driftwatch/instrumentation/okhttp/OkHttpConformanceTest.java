package io.driftwatch.instrumentation.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.testing.ClientAnswer;
import io.driftwatch.testing.ClientConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import org.junit.jupiter.api.Test;

/** OkHttp 4: a synchronous call read whole with bytes(), and a stream read from its source a line at a time. */
class OkHttpConformanceTest extends ClientConformance {

  private static final MediaType JSON = MediaType.get("application/json");
  /** Built after the instrumentation is installed (the superclass initialises first): its builder got the interceptor. */
  private static final OkHttpClient CLIENT = new OkHttpClient.Builder().build();

  private static Request post(String url, String json) {
    return new Request.Builder().url(url).post(RequestBody.create(json, JSON)).build();
  }

  @Override
  protected String instrumentationName() {
    return OkHttpInstrumentation.NAME;
  }

  @Override
  protected ClientAnswer postReadingWhole(String url, String json) throws Exception {
    try (Response response = CLIENT.newCall(post(url, json)).execute()) {
      return new ClientAnswer(response.code(), response.body().bytes());
    }
  }

  /** A one-shot body of unknown length, written in pieces; OkHttp must never have it written twice. */
  @Override
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    AtomicInteger writes = new AtomicInteger();
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return JSON;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        writes.incrementAndGet();
        for (int at = 0; at < json.length; at += 7) {
          sink.write(json, at, Math.min(7, json.length - at));
        }
      }
    };
    try (Response response = CLIENT.newCall(new Request.Builder().url(url).post(oneShot).build()).execute()) {
      ClientAnswer answer = new ClientAnswer(response.code(), response.body().bytes());
      assertEquals(1, writes.get(), "a one-shot body is written once");
      return answer;
    }
  }

  @Override
  protected ClientAnswer postReadingStream(String url, String json) throws Exception {
    try (Response response = CLIENT.newCall(post(url, json)).execute()) {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      BufferedSource source = response.body().source();
      for (String line; (line = source.readUtf8Line()) != null; ) {
        read.writeBytes((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return new ClientAnswer(response.code(), read.toByteArray());
    }
  }

  @Test
  void aClientCopiedWithNewBuilderHoldsTheInterceptorOnceInFront() {
    OkHttpClient copy = CLIENT.newBuilder().build().newBuilder().build();

    assertEquals(1, copy.interceptors().stream().filter(CLIENT.interceptors().get(0)::equals).count());
    assertSame(CLIENT.interceptors().get(0), copy.interceptors().get(0));
    assertEquals("ObservingInterceptor", copy.interceptors().get(0).getClass().getSimpleName());
  }
}
