package io.driftwatch.genai.providers;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.LlmEndpoint;

/** The parser for an endpoint's format; parsers are stateless and shared. */
public final class ProviderParsers {

  private ProviderParsers() {}

  /** @return the format's parser, or null for a format no provider defined */
  public static ProviderParser forFormat(ApiFormat format) {
    return format instanceof ProviderFormat ? ((ProviderFormat) format).parser() : null;
  }

  /** The format's parser; when the URL path names the model, it is the request model unless the body names one. */
  public static ProviderParser forEndpoint(LlmEndpoint endpoint) {
    ProviderParser parser = forFormat(endpoint.format());
    return endpoint.pathModel() == null ? parser : new PathModelParser(parser, endpoint.pathModel());
  }
}
