package io.driftwatch.genai.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {

  private static final byte[] JSON = "{\"id\":\"chatcmpl-1\",\"choices\":[]}".getBytes(StandardCharsets.UTF_8);

  @Test
  void identityAndAbsentEncodingPassTheBytesThrough() {
    assertArrayEquals(JSON, decodedBytes(ContentDecoding.decode(null, JSON, JSON.length, 1000)));
    assertArrayEquals(JSON, decodedBytes(ContentDecoding.decode(" identity ", JSON, JSON.length, 1000)));
  }

  @Test
  void gzipAndDeflateAreInflated() throws IOException {
    byte[] gzipped = gzip(JSON);
    assertArrayEquals(JSON, decodedBytes(ContentDecoding.decode("GZIP", gzipped, gzipped.length, 1000)));
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
      out.write(JSON);
    }
    byte[] bytes = deflated.toByteArray();
    assertArrayEquals(JSON, decodedBytes(ContentDecoding.decode("deflate", bytes, bytes.length, 1000)));
  }

  @Test
  void aCompressionBombStopsAtTheBound() throws IOException {
    byte[] zeros = new byte[10_000_000];
    byte[] bomb = gzip(zeros);
    ContentDecoding.Decoded decoded = ContentDecoding.decode("gzip", bomb, bomb.length, 1_000_000);
    assertNull(decoded.bytes());
    assertEquals(CallAnalyzer.TOO_LARGE, decoded.skipped());
  }

  @Test
  void corruptAndUnknownEncodingsAreSkippedWithAReason() {
    assertEquals(CallAnalyzer.NOT_JSON, ContentDecoding.decode("gzip", JSON, JSON.length, 1000).skipped());
    assertEquals(CallAnalyzer.UNSUPPORTED_ENCODING, ContentDecoding.decode("br", JSON, JSON.length, 1000).skipped());
  }

  private static byte[] decodedBytes(ContentDecoding.Decoded decoded) {
    assertNull(decoded.skipped());
    return Arrays.copyOf(decoded.bytes(), decoded.length());
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
