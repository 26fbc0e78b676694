package io.driftwatch.genai.replay;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Owner-only files for replay sets: folders {@code rwx------}, files {@code rw-------}, from the
 * moment they exist (never created wider and narrowed later). On a file system without POSIX
 * permissions the JDK's owner-only flags are used instead.
 */
public final class ReplayFiles {

  public static final String SUFFIX = ".jsonl";
  private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  private ReplayFiles() {}

  /** Creates the folder (and its parents) owner-only, or narrows an existing one to owner-only. */
  public static void ownerOnlyDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Path parent = directory.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        if (posix(parent)) {
          Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
        } else {
          Files.createDirectory(directory);
        }
      } catch (FileAlreadyExistsException raced) {
        // another writer made it first: narrow it below
      }
    }
    narrow(directory, OWNER_DIRECTORY);
  }

  /** Appends bytes to a file, creating it owner-only when it does not exist. */
  public static void append(Path file, byte[] bytes) throws IOException {
    if (Files.exists(file) || !posix(file.getParent())) {
      Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      narrow(file, OWNER_FILE);
      return;
    }
    try (var channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND), PosixFilePermissions.asFileAttribute(OWNER_FILE))) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
    }
  }

  /** Every replay set file under {@code root} (a folder, searched to any depth, or one file), in name order. */
  public static List<Path> setFiles(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().endsWith(SUFFIX))
          .sorted().forEach(files::add);
    }
    return files;
  }

  private static void narrow(Path path, Set<PosixFilePermission> permissions) throws IOException {
    if (posix(path)) {
      if (!Files.getPosixFilePermissions(path).equals(permissions)) {
        Files.setPosixFilePermissions(path, permissions);
      }
    } else {
      java.io.File file = path.toFile();
      file.setReadable(false, false);
      file.setReadable(true, true);
      file.setWritable(false, false);
      file.setWritable(true, true);
    }
  }

  private static boolean posix(Path path) {
    return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
