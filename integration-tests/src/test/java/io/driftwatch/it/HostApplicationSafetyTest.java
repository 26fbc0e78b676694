package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.driftwatch.samples.otlp.ReceivedSpan;
import io.driftwatch.samples.standin.CannedResponse;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application sees exactly what it would without the agent, whatever the provider sends. */
@Tag("conformance")
class HostApplicationSafetyTest {

  private final OpenAIClient client = OpenAIOkHttpClient.builder()
      .baseUrl(PROVIDER.baseUrl() + "/v1")
      .apiKey("sk-canary-safety-0123456789")
      .maxRetries(0)
      .build();

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  private ChatCompletion chat(String model) {
    return client.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(model).addUserMessage("hi").build());
  }

  @Test
  void nonJsonBodyReachesTheSdkUnchangedAndTheSpanSaysWhyItWasNotAnalysed() {
    String model = uniqueModel("gpt-4o-html");
    PROVIDER.enqueue(CannedResponse.notJson());
    assertThrows(OpenAIException.class, () -> chat(model));

    ReceivedSpan span = spanFor(model);
    assertEquals("not_json", span.stringAttr("driftwatch.analysis.skipped"));
    assertEquals(200L, span.longAttr("http.response.status_code"));
  }

  @Test
  void bodyLargerThanTheCaptureBoundIsDeliveredWholeAndFlaggedTooLarge() {
    String model = uniqueModel("gpt-4o-large");
    String longAnswer = "word ".repeat(40_000); // ~200 KB, over the 64 KiB bound set for this test JVM
    PROVIDER.setCompletionText(longAnswer);

    ChatCompletion completion = chat(model);

    assertEquals(longAnswer, completion.choices().get(0).message().content().orElseThrow());
    ReceivedSpan span = spanFor(model);
    assertEquals("too_large", span.stringAttr("driftwatch.analysis.skipped"));
    assertEquals("chat " + model, span.name()); // request side still analysed
  }

  @Test
  void applicationReadingInSmallChunksGetsIdenticalBytes() throws Exception {
    String model = uniqueModel("gpt-4o-chunks");
    byte[] canned = ("{\"id\":\"chatcmpl-chunks\",\"object\":\"chat.completion\",\"model\":\"" + model
        + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + "abc ".repeat(500)
        + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":500}}")
        .getBytes(StandardCharsets.UTF_8);
    PROVIDER.enqueue(CannedResponse.of(200, "application/json", canned, Map.of()).withChunkedBody(97, 1));

    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder()
        .url(PROVIDER.baseUrl() + "/v1/chat/completions")
        .post(RequestBody.create("{\"model\":\"" + model + "\"}", MediaType.get("application/json")))
        .build();
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try (Response response = http.newCall(request).execute(); InputStream in = response.body().byteStream()) {
      byte[] small = new byte[7];
      for (int n; (n = in.read(small)) != -1; ) {
        read.write(small, 0, n);
      }
    }

    assertArrayEquals(canned, read.toByteArray());
    ReceivedSpan span = spanFor(model);
    assertEquals(500L, span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
  }

  @Test
  void credentialsNeverLeaveTheProcess() throws Exception {
    String model = uniqueModel("gpt-4o-secrets");
    chat(model);
    spanFor(model);
    Thread.sleep(700); // let a metric export pass too
    String exported = new String(RECEIVER.allReceivedBytes(), StandardCharsets.ISO_8859_1);
    assertFalse(exported.contains("canary"), "an API key reached the exporter");
    assertFalse(exported.toLowerCase().contains("bearer"), "an Authorization header reached the exporter");
  }
}
