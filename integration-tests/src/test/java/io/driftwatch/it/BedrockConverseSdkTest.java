package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
import static io.driftwatch.it.AgentHarness.WAIT;
import static io.driftwatch.it.AgentHarness.spanFor;
import static io.driftwatch.it.AgentHarness.uniqueModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.samples.otlp.ReceivedSpan;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;

/**
 * The AWS SDK for Java 2's Bedrock Runtime client, unmodified, on its default Apache HttpClient 4
 * transport, signing with canary credentials: Converse and InvokeModel calls become chat spans for
 * the model id in the path, and no credential reaches the exported telemetry.
 */
@Tag("conformance")
class BedrockConverseSdkTest {

  private static final String ACCESS_KEY = "AKIACANARY0BEDROCK01";
  private static final String SECRET_KEY = "canary-bedrock-secret-0123456789abcdef";
  private static BedrockRuntimeClient client;

  @BeforeAll
  static void buildClient() {
    client = BedrockRuntimeClient.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create(PROVIDER.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
  }

  @Test
  void converseThroughACrossRegionInferenceProfileIsPricedAsItsModel() {
    String model = "us.anthropic.claude-3-5-haiku-20241022-v1:0"; // no other test calls this profile
    ConverseResponse response = client.converse(request -> request
        .modelId(model)
        .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText("Ping?")).build()));

    ReceivedSpan span = spanFor(model);
    double expected = (response.usage().inputTokens() * 0.80 + response.usage().outputTokens() * 4.00) / 1_000_000d;
    assertEquals(expected, span.doubleAttr("driftwatch.cost"), 1e-12);
    RECEIVER.awaitMetric("driftwatch.llm.cost", m -> model.equals(m.stringAttr("gen_ai.request.model")), WAIT);
  }

  @Test
  void converseBecomesAChatSpanForTheModelIdInThePath() {
    String model = uniqueModel("anthropic.claude-3-haiku-20240307-v1:0");
    ConverseResponse response = client.converse(request -> request
        .modelId(model)
        .system(SystemContentBlock.fromText("Answer in one sentence."))
        .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText("Why is the sky blue?")).build())
        .inferenceConfig(config -> config.maxTokens(64).temperature(0.2f).stopSequences("END")));

    String answer = response.output().message().content().get(0).text();
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("aws.bedrock", span.stringAttr("gen_ai.provider.name"));
    assertEquals("chat", span.stringAttr("gen_ai.operation.name"));
    assertEquals(64L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(0.2, span.doubleAttr("gen_ai.request.temperature"), 1e-6);
    assertEquals(List.of("END"), span.listAttr("gen_ai.request.stop_sequences"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(response.usage().inputTokens().longValue(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(response.usage().outputTokens().longValue(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals((long) answer.length(), span.longAttr("driftwatch.output.length"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    assertTrue(PROVIDER.requests().stream().anyMatch(r -> r.path().equals("/model/" + model + "/converse")),
        "the SDK called the stand-in's Converse path for the model");

    String exported = new String(RECEIVER.allReceivedBytes(), StandardCharsets.ISO_8859_1);
    assertFalse(exported.contains(ACCESS_KEY), "the access key id was exported");
    assertFalse(exported.contains(SECRET_KEY), "the secret key was exported");
    assertFalse(exported.contains("AWS4-HMAC-SHA256"), "the request signature was exported");
  }

  /**
   * ConverseStream as plain-HTTP callers make it: the JDK HttpClient with a Bedrock API key (the
   * SDK's own async client is the test at the end, and over HTTP/2 in BedrockNettyHttp2Test).
   */
  @Test
  void converseStreamOverTheJdkClientGetsTokensChunksAndFinishReason() throws Exception {
    String model = uniqueModel("amazon.nova-lite-v1:0");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    java.net.http.HttpResponse<byte[]> response = postWithApiKey(model, "converse-stream", "{\"messages\":[{\"role\":\"user\","
            + "\"content\":[{\"text\":\"Why is the sky blue?\"}]}],\"inferenceConfig\":{\"maxTokens\":32}}");

    assertEquals("application/vnd.amazon.eventstream", response.headers().firstValue("content-type").orElseThrow());
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("aws.bedrock", span.stringAttr("gen_ai.provider.name"));
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(32L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals((long) "Short blue waves scatter the most.".length(), span.longAttr("driftwatch.output.length"));
    assertEquals(6L, span.longAttr("driftwatch.stream.chunks"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertEquals(true, span.longAttr("gen_ai.usage.output_tokens") > 0);
    String exported = new String(RECEIVER.allReceivedBytes(), StandardCharsets.ISO_8859_1);
    assertFalse(exported.contains("ABSKcanary-bedrock-api-key"), "the API key was exported");
  }

  @Test
  void invokeModelWithClaudesOwnBodyIsReadAsAnthropicMessages() {
    String model = uniqueModel("anthropic.claude-3-5-haiku-20241022-v1:0");
    String body = "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":40,\"system\":\"Be brief.\","
        + "\"messages\":[{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}";
    InvokeModelResponse response = client.invokeModel(request -> request
        .modelId(model).contentType("application/json").body(SdkBytes.fromUtf8String(body)));

    String answer = response.body().asUtf8String();
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("aws.bedrock", span.stringAttr("gen_ai.provider.name"));
    assertEquals(40L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertTrue(answer.contains(span.stringAttr("gen_ai.response.id")), "the response id is the answer's");
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
  }

  @Test
  void invokeModelWithResponseStreamUnwrapsClaudesEventsFromTheChunks() throws Exception {
    String model = uniqueModel("anthropic.claude-3-5-sonnet-20240620-v1:0");
    PROVIDER.setCompletionText("Blue light scatters most.");
    postWithApiKey(model, "invoke-with-response-stream", "{\"anthropic_version\":\"bedrock-2023-05-31\","
            + "\"max_tokens\":30,\"messages\":[{\"role\":\"user\",\"content\":\"Why is the sky blue?\"}]}");

    ReceivedSpan span = spanFor(model);
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(30L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals((long) "Blue light scatters most.".length(), span.longAttr("driftwatch.output.length"));
    assertEquals(4L, span.longAttr("driftwatch.stream.chunks"));
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
    assertTrue(span.stringAttr("gen_ai.response.id").startsWith("msg_"), span.stringAttr("gen_ai.response.id"));
  }

  /** A Bedrock call as plain-HTTP callers make it: the JDK client and a Bedrock API key. */
  private static java.net.http.HttpResponse<byte[]> postWithApiKey(String model, String action, String body)
      throws Exception {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(URI.create(PROVIDER.baseUrl()
            + "/model/" + java.net.URLEncoder.encode(model, StandardCharsets.UTF_8) + "/" + action))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer ABSKcanary-bedrock-api-key")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
        .build();
    return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void converseStreamOnTheSdksAsyncNettyClientGetsChunksTokensAndFinishReason() throws Exception {
    String model = uniqueModel("amazon.nova-pro-v1:0");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    StringBuilder text = new StringBuilder();
    try (BedrockRuntimeAsyncClient async = BedrockRuntimeAsyncClient.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create(PROVIDER.baseUrl()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
        .build()) {
      ConverseStreamResponseHandler handler = ConverseStreamResponseHandler.builder()
          .subscriber(ConverseStreamResponseHandler.Visitor.builder()
              .onContentBlockDelta(delta -> text.append(delta.delta().text()))
              .build())
          .build();
      async.converseStream(request -> request
          .modelId(model)
          .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText("Why is the sky blue?")).build())
          .inferenceConfig(config -> config.maxTokens(32)), handler).get(30, TimeUnit.SECONDS);
    }

    ReceivedSpan span = spanFor(model);
    assertEquals("Short blue waves scatter the most.", text.toString());
    assertEquals("chat " + model, span.name());
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(32L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(6L, span.longAttr("driftwatch.stream.chunks"));
    assertEquals((long) text.length(), span.longAttr("driftwatch.output.length"));
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
  }
}
