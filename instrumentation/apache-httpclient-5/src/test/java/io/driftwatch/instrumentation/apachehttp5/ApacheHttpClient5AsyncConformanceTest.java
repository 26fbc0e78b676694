package io.driftwatch.instrumentation.apachehttp5;

import io.driftwatch.testing.ClientAnswer;
import io.driftwatch.testing.ClientConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.StreamChannel;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.junit.jupiter.api.AfterAll;

/** Apache HttpClient 5 async: a simple response consumer reading whole, and a binary consumer taking each buffer. */
class ApacheHttpClient5AsyncConformanceTest extends ClientConformance {

  private static final CloseableHttpAsyncClient CLIENT = started();

  private static CloseableHttpAsyncClient started() {
    CloseableHttpAsyncClient client = HttpAsyncClients.createDefault();
    client.start();
    return client;
  }

  @AfterAll
  static void closeClient() throws Exception {
    CLIENT.close();
  }

  private static SimpleRequestProducer post(String url, String json) {
    return SimpleRequestProducer.create(SimpleRequestBuilder.post(url).setBody(json, ContentType.APPLICATION_JSON).build());
  }

  @Override
  protected String instrumentationName() {
    return ApacheHttpClient5Instrumentation.CLIENT;
  }

  @Override
  protected ClientAnswer postReadingWhole(String url, String json) throws Exception {
    SimpleHttpResponse response = CLIENT.execute(post(url, json), SimpleResponseConsumer.create(), null).get();
    return new ClientAnswer(response.getCode(), response.getBodyBytes());
  }

  @Override
  protected ClientAnswer postStreamingBody(String url, byte[] json) throws Exception {
    AsyncEntityProducer pieces = new AbstractBinAsyncEntityProducer(0, ContentType.APPLICATION_JSON) {
      private int sent;

      @Override
      protected int availableData() {
        return json.length - sent;
      }

      @Override
      protected void produceData(StreamChannel<ByteBuffer> channel) throws IOException {
        for (int taken = 1; taken > 0 && sent < json.length; sent += taken) {
          taken = channel.write(ByteBuffer.wrap(json, sent, Math.min(7, json.length - sent)));
        }
        if (sent == json.length) {
          channel.endStream();
        }
      }

      @Override
      public boolean isRepeatable() {
        return false;
      }

      @Override
      public void failed(Exception cause) {}
    };
    SimpleHttpResponse response = CLIENT.execute(new BasicRequestProducer(Method.POST, URI.create(url), pieces),
        SimpleResponseConsumer.create(), null).get();
    return new ClientAnswer(response.getCode(), response.getBodyBytes());
  }

  @Override
  protected ClientAnswer postReadingStream(String url, String json) throws Exception {
    Future<ClientAnswer> answer = CLIENT.execute(post(url, json), new AbstractBinResponseConsumer<ClientAnswer>() {
      private final ByteArrayOutputStream read = new ByteArrayOutputStream();
      private int status;

      @Override
      protected void start(HttpResponse response, ContentType contentType) {
        status = response.getCode();
      }

      @Override
      protected int capacityIncrement() {
        return Integer.MAX_VALUE;
      }

      @Override
      protected void data(ByteBuffer src, boolean endOfStream) {
        byte[] bytes = new byte[src.remaining()];
        src.get(bytes);
        read.writeBytes(bytes);
      }

      @Override
      protected ClientAnswer buildResult() {
        return new ClientAnswer(status, read.toByteArray());
      }

      @Override
      public void releaseResources() {}
    }, null);
    return answer.get();
  }
}
