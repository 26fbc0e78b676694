package io.driftwatch.samples.standin;

/** Turns one provider request and the planned answer into that provider's wire format. */
@FunctionalInterface
interface Responder {

  Reply reply(ProviderRequest request, Answer answer);
}
