package io.driftwatch.it.apps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Asks {@code count} support questions with the JDK HttpClient, each carrying an email address and
 * an API key in its text and a key in its Authorization header. Args: base URL, model, count.
 */
public final class ReplaySetApp {

  public static final String HEADER_KEY = "sk-canary-replay-header-0123456789";
  public static final String BODY_KEY = "sk-proj-canaryreplaybody0123456789";
  public static final String EMAIL = "pat.doe@example.com";

  private ReplaySetApp() {}

  public static void main(String[] args) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      String body = "{\"model\":\"" + args[1] + "\",\"messages\":["
          + "{\"role\":\"system\",\"content\":\"You answer support questions for the file sync app.\"},"
          + "{\"role\":\"user\",\"content\":\"Question " + i + ": I am " + EMAIL + " and my key " + BODY_KEY
          + " stopped syncing; what now?\"}]}";
      HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/chat/completions"))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + HEADER_KEY)
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      System.out.println("status=" + response.statusCode());
    }
  }
}
