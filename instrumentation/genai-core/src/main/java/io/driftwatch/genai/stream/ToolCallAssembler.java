package io.driftwatch.genai.stream;

import io.driftwatch.genai.parse.GenAiCall;
import io.driftwatch.genai.parse.ToolCall;
import java.util.Map;
import java.util.TreeMap;

/** Rebuilds streamed tool calls from their name and argument fragments, by position. */
final class ToolCallAssembler {

  private static final int MAX_ARGUMENT_CHARS = 256 * 1024;

  private final Map<Integer, String> names = new TreeMap<>();
  private final Map<Integer, StringBuilder> arguments = new TreeMap<>();

  void name(int index, String name) {
    if (name != null) {
      names.put(index, name);
    }
  }

  void arguments(int index, String fragment) {
    if (fragment == null) {
      return;
    }
    StringBuilder builder = arguments.computeIfAbsent(index, i -> new StringBuilder());
    if (builder.length() + fragment.length() <= MAX_ARGUMENT_CHARS) {
      builder.append(fragment);
    }
  }

  void addTo(GenAiCall call) {
    names.forEach((index, name) -> {
      StringBuilder args = arguments.get(index);
      call.toolCalls.add(new ToolCall(name, args == null ? null : args.toString()));
    });
  }
}
