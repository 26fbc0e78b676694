package io.driftwatch.genai.providers;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds streamed tool calls from their name and argument fragments, by position. Bounded
 * whatever the stream says: at most {@link GenAiCall#MAX_TOOL_CALLS} positions (a stream that opens
 * a new index in every chunk keeps only the first ones) and {@link #MAX_ARGUMENT_CHARS} of argument
 * text over all of them; a call whose arguments hit the bound keeps none of the later fragments
 * (never a later, smaller one that would splice the JSON). Bounds hit are noted on the call.
 */
public final class ToolCallAssembler {

  public static final int MAX_ARGUMENT_CHARS = 256 * 1024;
  static final int MAX_NAME_CHARS = 256;

  private final Map<Integer, String> names = new TreeMap<>();
  private final Map<Integer, String> ids = new TreeMap<>();
  /** What a call's block opened with ({@code {}} for Anthropic): its arguments when no fragment follows. */
  private final Map<Integer, String> openingArguments = new TreeMap<>();
  private final Map<Integer, StringBuilder> arguments = new TreeMap<>();
  private final Set<Integer> positions = new HashSet<>();
  private final Set<Integer> cut = new HashSet<>();
  private long argumentChars;
  private boolean positionsDropped;
  private boolean argumentsCut;

  public void name(int index, String name) {
    if (name != null && admit(index)) {
      names.put(index, name.length() > MAX_NAME_CHARS ? name.substring(0, MAX_NAME_CHARS) : name);
    }
  }

  public void id(int index, String id) {
    if (id != null && admit(index)) {
      ids.put(index, id.length() > MAX_NAME_CHARS ? id.substring(0, MAX_NAME_CHARS) : id);
    }
  }

  /** The arguments a call's opening event carried, kept only when no fragment follows (a tool without input). */
  public void openingArguments(int index, String json) {
    if (json != null && json.length() <= MAX_NAME_CHARS && admit(index)) {
      openingArguments.put(index, json);
    }
  }

  public void arguments(int index, String fragment) {
    if (fragment == null || fragment.isEmpty() || !admit(index) || cut.contains(index)) {
      return;
    }
    if (argumentChars + fragment.length() > MAX_ARGUMENT_CHARS) {
      cut.add(index);
      argumentsCut = true;
      return;
    }
    arguments.computeIfAbsent(index, i -> new StringBuilder()).append(fragment);
    argumentChars += fragment.length();
  }

  /** Whether {@code index} is, or may become, one of the kept positions. */
  private boolean admit(int index) {
    if (positions.contains(index)) {
      return true;
    }
    if (positions.size() < GenAiCall.MAX_TOOL_CALLS) {
      positions.add(index);
      return true;
    }
    positionsDropped = true;
    return false;
  }

  public void addTo(GenAiCall call) {
    names.forEach((index, name) -> {
      StringBuilder args = arguments.get(index);
      String text = cut.contains(index) ? null : args != null ? args.toString() : openingArguments.get(index);
      call.toolCalls.add(new ToolCall(ids.get(index), name, text));
    });
    if (positionsDropped) {
      call.dropped(GenAiCall.TOOL_CALLS_BOUNDED, "a streamed answer opened more than " + GenAiCall.MAX_TOOL_CALLS
          + " tool calls; the rest were dropped");
    }
    if (argumentsCut) {
      call.dropped("tool_arguments_bounded", "streamed tool-call arguments exceeded " + MAX_ARGUMENT_CHARS
          + " characters; the call's arguments were dropped");
    }
  }
}
