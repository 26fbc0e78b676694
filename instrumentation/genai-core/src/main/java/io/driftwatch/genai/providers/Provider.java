package io.driftwatch.genai.providers;

import io.driftwatch.genai.exchange.ApiFormat;
import io.driftwatch.genai.exchange.HeaderLookup;

/**
 * Everything detection needs to know about one provider: the API paths it defines, the hosts it
 * runs and the formats they answer. Runs on the application's thread for every HTTP request, so
 * every method only compares strings and allocates nothing for requests it ignores.
 */
public interface Provider {

  /** @param path without a trailing slash or query; @return the format of this provider's API it names, or null */
  ProviderFormat formatOf(String path);

  /** @return the {@code gen_ai.provider.name} when this provider runs the host, else null */
  String hostedName(String host, String path);

  /** Whether a host this provider runs (named {@code hostedName}) answers requests in this format. */
  boolean serves(String hostedName, ApiFormat format);

  /**
   * The provider name for a request in one of this provider's formats to a host nobody knows
   * (a gateway, a local server), or null when the path alone is not evidence enough.
   */
  String nameByPath(ApiFormat format, String path, HeaderLookup headers);

  /** The model the URL path names for a request in one of this provider's formats, or null. */
  default String pathModel(String providerName, ApiFormat format, String path) {
    return null;
  }
}
