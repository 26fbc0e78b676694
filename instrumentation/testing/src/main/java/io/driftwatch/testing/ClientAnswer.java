package io.driftwatch.testing;

/** What the application got from its client: the status and exactly the body bytes it read. */
public record ClientAnswer(int status, byte[] body) {}
