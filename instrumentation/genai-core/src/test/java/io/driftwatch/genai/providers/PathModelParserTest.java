package io.driftwatch.genai.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.driftwatch.genai.exchange.LlmEndpoint;
import io.driftwatch.genai.providers.gemini.GeminiFormat;
import io.driftwatch.genai.providers.openai.OpenAiFormat;
import io.driftwatch.genai.testing.Transcripts;
import org.junit.jupiter.api.Test;

/** The model a URL path names is the request model whenever the body names none. */
class PathModelParserTest {

  private static GenAiCall request(LlmEndpoint endpoint, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forEndpoint(endpoint).readRequest(Transcripts.parse(json), call);
    return call;
  }

  @Test
  void geminiRequestModelComesFromThePath() {
    LlmEndpoint endpoint = new LlmEndpoint("gcp.gemini", GeminiFormat.GEMINI_GENERATE_CONTENT, "gemini-2.5-flash");

    assertEquals("gemini-2.5-flash", request(endpoint, "{\"contents\":[]}").requestModel);
  }

  @Test
  void azureDeploymentIsTheModelWhenTheBodyNamesNone() {
    LlmEndpoint endpoint = new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_CHAT, "prod-gpt4o");

    assertEquals("prod-gpt4o", request(endpoint, "{\"messages\":[]}").requestModel);
  }

  @Test
  void aModelInTheBodyWinsOverThePath() {
    LlmEndpoint endpoint = new LlmEndpoint("azure.ai.openai", OpenAiFormat.OPENAI_CHAT, "prod-gpt4o");

    assertEquals("gpt-4o", request(endpoint, "{\"model\":\"gpt-4o\",\"messages\":[]}").requestModel);
  }

  @Test
  void thePathModelIsKeptWhenOnlyTheResponseOrAnErrorIsRead() {
    LlmEndpoint endpoint = new LlmEndpoint("gcp.gemini", GeminiFormat.GEMINI_GENERATE_CONTENT, "gemini-2.0-flash");
    GenAiCall answered = new GenAiCall();
    GenAiCall failed = new GenAiCall();

    ProviderParsers.forEndpoint(endpoint).readResponse(Transcripts.json("gemini-generate-content/response.json"), answered);
    ProviderParsers.forEndpoint(endpoint).readError(Transcripts.json("gemini-generate-content/error-429.json"), failed);

    assertEquals("gemini-2.0-flash", answered.requestModel);
    assertEquals("gemini-2.0-flash", failed.requestModel);
  }

  @Test
  void endpointsWithoutAPathModelGetThePlainFormatParser() {
    assertSame(ProviderParsers.forFormat(OpenAiFormat.OPENAI_CHAT),
        ProviderParsers.forEndpoint(new LlmEndpoint("openai", OpenAiFormat.OPENAI_CHAT)));
  }
}
