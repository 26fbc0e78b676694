package io.driftwatch.genai.exchange;

/**
 * The transport-neutral view of an outgoing request that a client adapter builds once the
 * detector said it is an LLM call.
 *
 * @param headers read once, on the application thread, while the exchange starts
 * @param body the request body when it could be read without disturbing the client, else null
 * @param bodyLength the declared body length, or -1 when unknown
 */
public record OutboundRequest(String host, int port, HeaderLookup headers, byte[] body, long bodyLength) {}
