package io.driftwatch.it.apps;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** An application calling a chat endpoint with plain OkHttp (run with OkHttp 5 on its class path). */
public final class OkHttpChatApp {

  private OkHttpChatApp() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String model = args[1];
    OkHttpClient client = new OkHttpClient.Builder().build();
    Request request = new Request.Builder()
        .url(url)
        .header("authorization", "Bearer sk-canary-okhttp5")
        .post(RequestBody.create("{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            MediaType.get("application/json")))
        .build();
    try (Response response = client.newCall(request).execute()) {
      System.out.println("status=" + response.code() + " bytes=" + response.body().string().length()
          + " okhttp=" + OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation());
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
