package io.driftwatch.it;

import static io.driftwatch.it.AgentHarness.PROVIDER;
import static io.driftwatch.it.AgentHarness.RECEIVER;
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
import org.slf4j.MDC;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

/**
 * The AWS SDK's Bedrock Runtime async client on its Netty transport over HTTP/2 (TLS, as the SDK
 * requires for HTTP/2), against the HTTP/2 front of the stand-in: Converse and ConverseStream are
 * chat spans with the model id, tokens and finish reason, and no credential is exported. The
 * calling thread's MDC reaches the span, though the request is written on an event loop.
 */
@Tag("conformance")
class BedrockNettyHttp2Test {

  private static final String ACCESS_KEY = "AKIACANARY0BEDROCKH2";
  private static final String SECRET_KEY = "canary-bedrock-h2-secret-0123456789abcdef";
  private static Http2StandIn tls;
  private static BedrockRuntimeAsyncClient client;

  @BeforeAll
  static void startClient() throws Exception {
    SelfSignedTls certificate = SelfSignedTls.forLoopback();
    tls = Http2StandIn.tls(PROVIDER, certificate);
    javax.net.ssl.TrustManager[] trust = certificate.trustManagers().getTrustManagers();
    client = BedrockRuntimeAsyncClient.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("https://127.0.0.1:" + tls.port()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2).tlsTrustManagersProvider(() -> trust))
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    tls.close();
  }

  @AfterEach
  void resetProvider() {
    PROVIDER.reset();
    MDC.clear();
  }

  private static Message question() {
    return Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText("Why is the sky blue?")).build();
  }

  @Test
  void converseOverHttp2IsAChatSpanWithModelAndTokens() throws Exception {
    String model = uniqueModel("anthropic.claude-3-haiku-20240307-v1:0");
    int relayedBefore = tls.streamsRelayed();
    ConverseResponse response = client.converse(request -> request.modelId(model).messages(question())
        .inferenceConfig(config -> config.maxTokens(48))).get(30, TimeUnit.SECONDS);

    assertTrue(tls.streamsRelayed() > relayedBefore, "the call went over HTTP/2");
    ReceivedSpan span = spanFor(model);
    assertEquals("chat " + model, span.name());
    assertEquals("aws.bedrock", span.stringAttr("gen_ai.provider.name"));
    assertEquals(48L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(response.usage().inputTokens().longValue(), span.longAttr("gen_ai.usage.input_tokens"));
    assertEquals(response.usage().outputTokens().longValue(), span.longAttr("gen_ai.usage.output_tokens"));
    assertEquals((long) tls.port(), span.longAttr("server.port"));
    assertEquals("success", span.stringAttr("driftwatch.outcome"));
    String exported = new String(RECEIVER.allReceivedBytes(), StandardCharsets.ISO_8859_1);
    assertFalse(exported.contains(ACCESS_KEY), "the access key id was exported");
    assertFalse(exported.contains("AWS4-HMAC-SHA256"), "the request signature was exported");
  }

  @Test
  void converseStreamOverHttp2GetsTheStreamedAnswerTokensAndFinishReason() throws Exception {
    String model = uniqueModel("amazon.nova-pro-v1:0");
    PROVIDER.setCompletionText("Short blue waves scatter the most.");
    StringBuilder text = new StringBuilder();
    ConverseStreamResponseHandler handler = ConverseStreamResponseHandler.builder()
        .subscriber(ConverseStreamResponseHandler.Visitor.builder()
            .onContentBlockDelta(delta -> text.append(delta.delta().text()))
            .build())
        .build();
    client.converseStream(request -> request.modelId(model).messages(question())
        .inferenceConfig(config -> config.maxTokens(32)), handler).get(30, TimeUnit.SECONDS);

    ReceivedSpan span = spanFor(model);
    assertEquals("Short blue waves scatter the most.", text.toString());
    assertEquals("chat " + model, span.name());
    assertEquals(true, span.boolAttr("gen_ai.request.stream"));
    assertEquals(32L, span.longAttr("gen_ai.request.max_tokens"));
    assertEquals(List.of("end_turn"), span.listAttr("gen_ai.response.finish_reasons"));
    assertEquals(6L, span.longAttr("driftwatch.stream.chunks"));
    assertEquals((long) text.length(), span.longAttr("driftwatch.output.length"));
    assertTrue(span.longAttr("gen_ai.usage.output_tokens") > 0);
    assertEquals("completed", span.stringAttr("driftwatch.response.outcome"));
  }

  @Test
  void theCallingThreadsMdcReachesTheSpan() throws Exception {
    String model = uniqueModel("amazon.nova-lite-v1:0");
    MDC.put("prompt.version", "v-bedrock-h2");
    client.converse(request -> request.modelId(model).messages(question())).get(30, TimeUnit.SECONDS);

    assertEquals("v-bedrock-h2", spanFor(model).stringAttr("driftwatch.prompt.version"));
  }
}
