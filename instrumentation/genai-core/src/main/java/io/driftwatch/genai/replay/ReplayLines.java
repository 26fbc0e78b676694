package io.driftwatch.genai.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes and reads replay set lines: one JSON object per line with a {@code v} field first. A line
 * that is not whole JSON, has another version or lacks a field is refused with the file and line.
 */
public final class ReplayLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplayLines() {}

  /** One line, without its newline. */
  public static String encode(ReplayCase replayCase) {
    ObjectNode line = JSON.createObjectNode();
    line.put("v", ReplayCase.VERSION);
    line.put("recorded_at", replayCase.recordedAt());
    line.put("provider", replayCase.provider());
    line.put("format", replayCase.format());
    line.put("operation", replayCase.operation());
    line.put("model", replayCase.model());
    if (replayCase.responseModel() != null) {
      line.put("response_model", replayCase.responseModel());
    }
    line.put("prompt_version", replayCase.promptVersion());
    line.set("request", replayCase.request());
    line.put("answer", replayCase.answer());
    line.put("answer_complete", replayCase.answerComplete());
    ObjectNode findings = line.putObject("findings");
    findings.put("refusal", replayCase.refusal());
    if (replayCase.formatCompliant() != null) {
      findings.put("format_compliant", replayCase.formatCompliant());
    }
    findings.put("output_length", replayCase.outputLength());
    if (replayCase.note() != null) {
      line.put("note", replayCase.note());
    }
    return line.toString();
  }

  /**
   * @param file the file's name, for the message
   * @param lineNumber 1-based, for the message
   * @throws ReplaySetException naming {@code file:lineNumber} and what is wrong
   */
  public static ReplayCase decode(String text, String file, int lineNumber) {
    JsonNode line;
    try {
      line = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ReplaySetException(file, lineNumber, "not a whole JSON object (truncated line?), stops at column "
          + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
    }
    if (line == null || !line.isObject()) {
      throw new ReplaySetException(file, lineNumber, "not a JSON object");
    }
    JsonNode version = line.get("v");
    if (version == null || !version.isInt()) {
      throw new ReplaySetException(file, lineNumber, "no \"v\" field: not a replay set line");
    }
    if (version.intValue() != ReplayCase.VERSION) {
      throw new ReplaySetException(file, lineNumber, "unknown version v=" + version.intValue()
          + " (this build reads v=" + ReplayCase.VERSION + ")");
    }
    Fields fields = new Fields(line, file, lineNumber);
    JsonNode request = line.get("request");
    if (request == null || !request.isObject()) {
      throw new ReplaySetException(file, lineNumber, "\"request\" must be the request body, a JSON object");
    }
    JsonNode findings = line.get("findings");
    if (findings == null || !findings.isObject()) {
      throw new ReplaySetException(file, lineNumber, "\"findings\" must be an object");
    }
    Fields found = new Fields(findings, file, lineNumber);
    JsonNode compliant = findings.get("format_compliant");
    return new ReplayCase(fields.optionalText("recorded_at"), fields.text("provider"), fields.text("format"),
        fields.optionalText("operation"), fields.text("model"), fields.optionalText("response_model"),
        fields.text("prompt_version"), request, fields.text("answer"),
        !line.has("answer_complete") || line.get("answer_complete").asBoolean(true),
        found.bool("refusal"), compliant == null || compliant.isNull() ? null : compliant.asBoolean(),
        found.number("output_length"), fields.optionalText("note"));
  }

  private record Fields(JsonNode node, String file, int line) {

    String text(String name) {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual()) {
        throw new ReplaySetException(file, line, "\"" + name + "\" is missing or not a string");
      }
      return value.textValue();
    }

    String optionalText(String name) {
      JsonNode value = node.get(name);
      return value == null || !value.isTextual() ? null : value.textValue();
    }

    boolean bool(String name) {
      JsonNode value = node.get(name);
      if (value == null || !value.isBoolean()) {
        throw new ReplaySetException(file, line, "\"findings." + name + "\" is missing or not true/false");
      }
      return value.booleanValue();
    }

    long number(String name) {
      JsonNode value = node.get(name);
      if (value == null || !value.canConvertToLong()) {
        throw new ReplaySetException(file, line, "\"findings." + name + "\" is missing or not a whole number");
      }
      return value.longValue();
    }
  }
}
