package io.driftwatch.it.apps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One Chat Completions call with the JDK HttpClient and nothing else on the class path, so it runs
 * from a one-class jar (class data sharing archives classes from jars only). Args: base URL, model.
 */
public final class JdkHttpClientChatApp {

  private JdkHttpClientChatApp() {}

  public static void main(String[] args) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/chat/completions"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer sk-canary-cds")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"model\":\"" + args[1] + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}"))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    System.out.println("status=" + response.statusCode());
  }
}
