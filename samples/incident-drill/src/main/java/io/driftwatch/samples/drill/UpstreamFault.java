package io.driftwatch.samples.drill;

/** A fault in what the app calls besides the model, injected at the fault phase's onset. */
enum UpstreamFault {
  /** A re-index stopped part way: queries see a third of the chunks, the best hits lie farther away. */
  PARTIAL_INDEX,
  /** The MCP server's {@code lookup_order} tool answers every call with {@code isError}. */
  BROKEN_TOOL
}
