package io.driftwatch.it.apps;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One chat completion over the JDK HttpClient, then it stays up until its stdin closes, so a test
 * can scrape the agent's Prometheus endpoint while it runs and see it exit afterwards.
 */
public final class ScrapeTargetApp {

  private ScrapeTargetApp() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String body = "{\"model\":\"" + args[1] + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(args[0] + "/chat/completions"))
            .header("Content-Type", "application/json").header("Authorization", "Bearer sk-scrape-test")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println("status: " + response.statusCode());
    System.out.flush();
    while (System.in.read() != -1) {
      // wait for the test to close stdin
    }
    System.out.println("done");
  }
}
