package io.driftwatch.it.apps;

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
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Calls a hostile provider once per hostile answer (and the huge-model answer many times) and
 * prints what it got: status, length and digest of the bytes, or the exception. Runs with and
 * without the agent must print the same lines.
 *
 * <p>Arguments: base URL, model prefix, number of huge-model calls, Gemini key, API key.
 */
public final class HostileAnswersApp {

  private HostileAnswersApp() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String prefix = args[1];
    int hugeCalls = Integer.parseInt(args[2]);
    String geminiKey = args[3];
    String apiKey = args[4];
    OkHttpClient okHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false)
        .readTimeout(60, TimeUnit.SECONDS).build();
    HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    System.out.println("tool-indexes: " + viaOkHttp(okHttp, baseUrl + "/tool-indexes/v1/chat/completions",
        chat(prefix + "-tool-indexes", true), apiKey));
    // the JDK client too: before the bounds it hung in a small heap rather than failing
    System.out.println("tool-indexes-jdk: " + viaJdk(jdk, baseUrl + "/tool-indexes/v1/chat/completions",
        chat(prefix + "-tool-indexes-jdk", true), apiKey));
    System.out.println("finish-reasons: " + viaOkHttp(okHttp, baseUrl + "/finish-reasons/v1/chat/completions",
        chat(prefix + "-finish-reasons", true), apiKey));
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < hugeCalls; i++) {
      huge.append(viaJdk(jdk, baseUrl + "/huge-model/v1/chat/completions?" + i, chat(prefix + "-huge-model", false),
          apiKey).substring(0, 10)).append(i == hugeCalls - 1 ? "" : ",");
    }
    System.out.println("huge-model: " + huge.toString().replace("status=200", "200"));
    System.out.println("echo-key: " + viaJdk(jdk, baseUrl + "/echo-key/v1/chat/completions",
        chat(prefix + "-echo-key", false), apiKey));
    System.out.println("absurd-numbers: " + viaJdk(jdk, baseUrl + "/absurd-numbers/v1/chat/completions",
        chat(prefix + "-absurd-numbers", false), apiKey));
    try (CloseableHttpClient apache = HttpClients.createDefault()) {
      HttpPost post = new HttpPost(baseUrl + "/v1beta/models/" + prefix + "-redirect:generateContent?key=" + geminiKey);
      post.setEntity(new StringEntity("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]}",
          ContentType.APPLICATION_JSON));
      String result;
      try {
        result = apache.execute(post, response -> "status=" + response.getCode() + " "
            + EntityUtils.toString(response.getEntity()).length());
      } catch (IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        result = "failed " + e.getClass().getName() + " <- " + root.getClass().getName()
            + " message names the key: " + String.valueOf(e.getMessage()).contains(geminiKey);
      }
      System.out.println("redirect-loop: " + result);
    }
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private static String chat(String model, boolean stream) {
    return "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\","
        + "\"content\":\"Why is the sky blue?\"}]}";
  }

  private static String viaJdk(HttpClient client, String url, String body, String apiKey) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + apiKey)
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        return "status=" + response.statusCode() + " " + BodyDigest.of(in);
      }
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      return "failed " + e.getClass().getName();
    }
  }

  private static String viaOkHttp(OkHttpClient client, String url, String body, String apiKey) {
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + apiKey)
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
    try (Response response = client.newCall(request).execute()) {
      try (InputStream in = response.body().byteStream()) {
        return "status=" + response.code() + " " + BodyDigest.of(in);
      }
    } catch (IOException | RuntimeException | Error e) {
      return "failed " + e.getClass().getName();
    }
  }
}
