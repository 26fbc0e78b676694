package io.driftwatch.genai.exchange;

/**
 * The transport-neutral view of an outgoing request that a client adapter builds once the
 * detector said it is an LLM call.
 *
 * @param body the request body when it could be read without disturbing the client, else null
 */
public record OutboundRequest(String host, int port, String traceparent, byte[] body) {}
