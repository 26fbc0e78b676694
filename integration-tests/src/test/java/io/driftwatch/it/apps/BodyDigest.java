package io.driftwatch.it.apps;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** What an app read, as it prints it for the with/without-agent comparison: length and digest. */
final class BodyDigest {

  private BodyDigest() {}

  static String of(InputStream in) throws IOException {
    return of(in, total -> {});
  }

  /** @param afterEachRead told the running total after each read */
  static String of(InputStream in, LongConsumer afterEachRead) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[8192];
    long length = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      sha.update(buffer, 0, n);
      length += n;
      afterEachRead.accept(length);
    }
    return "bytes=" + length + " sha256=" + HexFormat.of().formatHex(sha.digest(), 0, 8);
  }
}
