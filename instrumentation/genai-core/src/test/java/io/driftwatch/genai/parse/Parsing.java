package io.driftwatch.genai.parse;

import io.driftwatch.genai.detect.WireFormat;
import io.driftwatch.genai.testing.Transcripts;

/** Runs the public parser entry point ({@link ProviderParsers#forFormat}) over transcripts or snippets. */
final class Parsing {

  private Parsing() {}

  static GenAiCall request(WireFormat format, String transcript) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readRequest(Transcripts.json(transcript), call);
    return call;
  }

  static GenAiCall response(WireFormat format, String transcript) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readResponse(Transcripts.json(transcript), call);
    return call;
  }

  static GenAiCall exchange(WireFormat format, String requestTranscript, String responseTranscript) {
    GenAiCall call = new GenAiCall();
    ProviderParser parser = ProviderParsers.forFormat(format);
    parser.readRequest(Transcripts.json(requestTranscript), call);
    parser.readResponse(Transcripts.json(responseTranscript), call);
    return call;
  }

  static GenAiCall error(WireFormat format, String transcript) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readError(Transcripts.json(transcript), call);
    return call;
  }

  static GenAiCall requestSnippet(WireFormat format, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readRequest(Transcripts.parse(json), call);
    return call;
  }

  static GenAiCall responseSnippet(WireFormat format, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readResponse(Transcripts.parse(json), call);
    return call;
  }

  static GenAiCall errorSnippet(WireFormat format, String json) {
    GenAiCall call = new GenAiCall();
    ProviderParsers.forFormat(format).readError(Transcripts.parse(json), call);
    return call;
  }
}
