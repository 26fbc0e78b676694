package io.driftwatch.genai.exchange;

/** Told each run of body bytes as it passes between the application and its client. */
public interface BodyBytesListener {

  /** The bytes just written or read; the array is the caller's and is not kept. Never throws. */
  void onBytes(byte[] bytes, int offset, int length);
}
