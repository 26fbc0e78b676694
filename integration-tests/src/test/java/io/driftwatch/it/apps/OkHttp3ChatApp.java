package io.driftwatch.it.apps;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An application calling a chat endpoint with OkHttp 3 (run with OkHttp 3.14 and okio 1 on its
 * class path): only calls that exist in OkHttp 3 as well as in 4.
 */
public final class OkHttp3ChatApp {

  private OkHttp3ChatApp() {}

  @SuppressWarnings("deprecation") // RequestBody.create(MediaType, String) is OkHttp 3's only form
  public static void main(String[] args) throws Exception {
    String url = args[0];
    String model = args[1];
    OkHttpClient client = new OkHttpClient.Builder().build();
    Request request = new Request.Builder()
        .url(url)
        .header("authorization", "Bearer sk-canary-okhttp3")
        .post(RequestBody.create(MediaType.get("application/json"),
            "{\"model\":\"" + model + "\",\"max_tokens\":21,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
        .build();
    try (Response response = client.newCall(request).execute()) {
      System.out.println("status=" + response.code() + " bytes=" + response.body().string().length()
          + " okhttp=" + OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation());
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
