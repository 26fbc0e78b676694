package io.driftwatch.genai.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits what one HTTP exchange carried into JSON-RPC messages: a body that is one message or a
 * batch (an array), or an event stream whose {@code data:} lines each hold one.
 */
public final class JsonRpcMessages {

  /** More messages than this in one exchange are not read. */
  static final int MAX_MESSAGES = 256;

  private JsonRpcMessages() {}

  /** The messages in a JSON body: one object, or the objects of a batch. */
  public static List<JsonNode> ofJson(JsonNode body) {
    List<JsonNode> messages = new ArrayList<>();
    if (body == null) {
      return messages;
    }
    if (body.isObject()) {
      messages.add(body);
    } else if (body.isArray()) {
      for (JsonNode item : body) {
        if (item.isObject() && messages.size() < MAX_MESSAGES) {
          messages.add(item);
        }
      }
    }
    return messages;
  }

  /** The messages in an event stream, each event's data joined as SSE does, parsed by {@code parse}. */
  public static List<JsonNode> ofEventStream(byte[] bytes, int length, Function<String, JsonNode> parse) {
    List<JsonNode> messages = new ArrayList<>();
    String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    StringBuilder data = new StringBuilder();
    for (String line : text.split("\r\n|\n|\r", -1)) {
      if (line.isEmpty()) {
        flush(data, parse, messages);
      } else if (line.startsWith("data:")) {
        if (data.length() > 0) {
          data.append('\n');
        }
        data.append(line, line.startsWith("data: ") ? 6 : 5, line.length());
      }
    }
    flush(data, parse, messages);
    return messages;
  }

  private static void flush(StringBuilder data, Function<String, JsonNode> parse, List<JsonNode> messages) {
    if (data.length() == 0) {
      return;
    }
    JsonNode parsed = parse.apply(data.toString());
    data.setLength(0);
    if (messages.size() < MAX_MESSAGES) {
      messages.addAll(ofJson(parsed));
    }
  }

  /** The request id as text (numbers and strings alike), or null for a notification. */
  public static String idOf(JsonNode message) {
    JsonNode id = message.get("id");
    return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
  }
}
