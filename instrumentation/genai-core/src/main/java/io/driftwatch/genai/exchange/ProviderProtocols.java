package io.driftwatch.genai.exchange;

/**
 * What the providers layer tells the transport: which requests are LLM calls, and how to watch a
 * streamed answer. Both run on the application's thread.
 */
public interface ProviderProtocols {

  /** @return the endpoint, or {@code null} when the request is not an LLM call we understand */
  LlmEndpoint detect(String host, int port, String path, HeaderLookup headers);

  /** @return a listener when the answer is a stream this endpoint's format sends, else null */
  StreamListener streamFor(LlmEndpoint endpoint, String contentType, long startNanoTime);
}
