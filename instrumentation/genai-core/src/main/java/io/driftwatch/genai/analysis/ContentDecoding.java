package io.driftwatch.genai.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's {@code Content-Encoding} on the analyzer's copy, for clients that hand the
 * application compressed bytes (the JDK HttpClient does when the application asked for gzip).
 * Inflation stops at a bound, so a compression bomb costs no more than an ordinary large body.
 */
final class ContentDecoding {

  /** What decoding gave: the bytes, or why there are none. */
  record Decoded(byte[] bytes, int length, String skipped) {}

  private ContentDecoding() {}

  static Decoded decode(String contentEncoding, byte[] bytes, int length, int maxDecodedBytes) {
    String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    if (encoding.isEmpty() || encoding.equals("identity")) {
      return new Decoded(bytes, length, null);
    }
    if (!encoding.equals("gzip") && !encoding.equals("x-gzip") && !encoding.equals("deflate")) {
      return new Decoded(null, 0, CallAnalyzer.UNSUPPORTED_ENCODING);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxDecodedBytes, Math.max(256, length * 4)));
    try (InputStream in = inflating(encoding, new ByteArrayInputStream(bytes, 0, length))) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        if (out.size() + n > maxDecodedBytes) {
          return new Decoded(null, 0, CallAnalyzer.TOO_LARGE);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException corrupt) {
      return new Decoded(null, 0, CallAnalyzer.NOT_JSON);
    }
    return new Decoded(out.toByteArray(), out.size(), null);
  }

  private static InputStream inflating(String encoding, InputStream compressed) throws IOException {
    return encoding.equals("deflate") ? new InflaterInputStream(compressed) : new GZIPInputStream(compressed);
  }
}
