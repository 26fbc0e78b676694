package io.driftwatch.genai.replay;

/** A replay set file that cannot be read as written: the message names the file and the line. */
public final class ReplaySetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReplaySetException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
