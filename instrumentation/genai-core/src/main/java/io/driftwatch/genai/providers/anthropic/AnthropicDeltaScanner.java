package io.driftwatch.genai.providers.anthropic;

import io.driftwatch.genai.providers.JsonScanner;
import io.driftwatch.genai.providers.JsonScanner.Unsupported;

/**
 * Reads a {@code content_block_delta}'s bytes with the allocation-free {@link JsonScanner} into
 * {@link AnthropicDelta}, rule for rule as {@link AnthropicDelta#read} does (keep the two in step).
 * A text delta makes no object; a tool-argument fragment is one String. {@link Unsupported} means:
 * read the event again with the parser.
 */
final class AnthropicDeltaScanner {

  private final AnthropicDelta delta;
  private final JsonScanner json = new JsonScanner();

  AnthropicDeltaScanner(AnthropicDelta delta) {
    this.delta = delta;
  }

  void read(byte[] data, int offset, int length) throws Unsupported {
    json.reset(data, offset, length);
    json.beginTopObject();
    delta.index = 0;
    delta.clearDelta();
    while (json.nextField()) {
      if (json.nameIs("index")) {
        delta.index = json.intValue(0);
      } else if (json.nameIs("delta")) {
        delta.clearDelta();
        readDelta();
      } else {
        json.skipValue();
      }
    }
  }

  private void readDelta() throws Unsupported {
    if (json.kind() != JsonScanner.OBJECT) {
      json.skipValue();
      return;
    }
    json.beginObject();
    while (json.nextField()) {
      if (json.nameIs("type")) {
        delta.toolArguments = json.stringEquals("input_json_delta");
      } else if (json.nameIs("text")) {
        delta.text.setLength(0);
        delta.hasText = json.appendString(delta.text);
      } else if (json.nameIs("partial_json")) {
        delta.partialJson = json.stringOrNull();
      } else {
        json.skipValue();
      }
    }
  }
}
