package io.driftwatch.samples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, rendering a local page to PNG. Missing, it skips the calling test,
 * unless DRIFTWATCH_REQUIRE_CHROMIUM=1 (set by CI), where it fails it.
 */
final class HeadlessChromium {

  static final String REQUIRE_ENV = "DRIFTWATCH_REQUIRE_CHROMIUM";

  private HeadlessChromium() {}

  static BufferedImage screenshot(Path page, Path png) throws IOException, InterruptedException {
    Path chromium = onPath();
    Path profile = Files.createTempDirectory("driftwatch-chromium");
    List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile, "--window-size=1300,1600",
        "--screenshot=" + png.toAbsolutePath(), page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(png.resolveSibling(png.getFileName() + ".log").toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("chromium did not render " + page + " within 2 minutes");
    }
    assertEquals(0, process.exitValue(), "chromium failed; see " + png + ".log");
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image != null, "chromium wrote no readable PNG at " + png);
    return image;
  }

  /** Share of pixels that are not (near) white. */
  static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 235 || ((rgb >> 8) & 0xff) < 235 || (rgb & 0xff) < 235) {
          ink++;
        }
      }
    }
    return ink / (double) ((long) image.getWidth() * image.getHeight());
  }

  /** Pixels of the charts' signal colour (#1f5fbf), give or take antialiasing. */
  static long signalLinePixels(BufferedImage image) {
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (b > 150 && r < 80 && g > 60 && g < 130) {
          count++;
        }
      }
    }
    return count;
  }

  private static Path onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    String message = "chromium is not on PATH (apt-get install chromium)";
    if ("1".equals(System.getenv(REQUIRE_ENV))) {
      fail(message + ", and " + REQUIRE_ENV + "=1 requires it");
    }
    Assumptions.abort(message + "; skipped");
    throw new AssertionError("unreachable");
  }
}
