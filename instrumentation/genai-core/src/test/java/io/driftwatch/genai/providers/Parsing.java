package io.driftwatch.genai.providers;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.testing.Transcripts;

/** Runs the public parser entry point ({@link ProviderParsers#forFormat}) over transcripts or snippets. */
public final class Parsing {

  private Parsing() {}

  public static GenAiCall request(ApiFormat format, String transcript) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readRequest(Transcripts.json(transcript), call);
    return call;
  }

  public static GenAiCall response(ApiFormat format, String transcript) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readResponse(Transcripts.json(transcript), call);
    return call;
  }

  public static GenAiCall exchange(ApiFormat format, String requestTranscript, String responseTranscript) {
    GenAiCall call = new GenAiCall();
    ProviderParser parser = ProviderParsers.forFormat(format);
    parser.readRequest(Transcripts.json(requestTranscript), call);
    parser.readResponse(Transcripts.json(responseTranscript), call);
    return call;
  }

  public static GenAiCall error(ApiFormat format, String transcript) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readError(Transcripts.json(transcript), call);
    return call;
  }

  public static GenAiCall requestSnippet(ApiFormat format, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readRequest(Transcripts.parse(json), call);
    return call;
  }

  public static GenAiCall responseSnippet(ApiFormat format, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readResponse(Transcripts.parse(json), call);
    return call;
  }

  public static GenAiCall errorSnippet(ApiFormat format, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readError(Transcripts.parse(json), call);
    return call;
  }
}
