package io.driftwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A JVM older than the agent supports must still load what runs before the runtime check: the
 * premain class in the built jar is a Java 8 class file (major 52) that names no other Driftwatch
 * class, so nothing compiled for Java 17 is loaded before the check decides.
 */
class PremainClassVersionTest {

  private static final int JAVA_8_MAJOR = 52;
  private static final int JAVA_17_MAJOR = 61;
  private static final String PREMAIN = "io/driftwatch/DriftwatchAgent";
  private static final Pattern DRIFTWATCH_TYPE = Pattern.compile("io/driftwatch/[\\w/$]+");

  @Test
  void thePremainClassIsJava8AndReferencesOnlyTheJdk() throws IOException {
    ClassFile premain = ClassFile.read(classBytes(PREMAIN + ".class"));

    assertEquals(JAVA_8_MAJOR, premain.major, "class-file major version of " + PREMAIN);
    List<String> driftwatchClasses = new ArrayList<>();
    for (String name : premain.classNames) {
      if (!name.equals(PREMAIN) && !name.startsWith("java/") && !name.startsWith("[Ljava/")) {
        driftwatchClasses.add(name);
      }
    }
    assertEquals(List.of(), driftwatchClasses, "classes the premain class would load before its check");
    for (String text : premain.utf8) {
      Matcher type = DRIFTWATCH_TYPE.matcher(text);
      while (type.find()) {
        assertEquals(PREMAIN, type.group(), "a type in a descriptor or signature of the premain class: " + text);
      }
    }
  }

  @Test
  void whatItHandsOverToIsTheAgentsJava17() throws IOException {
    ClassFile installer = ClassFile.read(classBytes("io/driftwatch/BootstrapInstaller.class"));
    assertEquals(JAVA_17_MAJOR, installer.major);
  }

  /**
   * The official agent runs on Java 8 and loads its extensions' listeners there: the extension's
   * listener, and what it uses before its check, must load on Java 8 too.
   */
  @Test
  void theExtensionsListenerIsJava8AndReferencesOnlyTheJdkTheGateAndTheOfficialAgentsTypes() throws IOException {
    String listener = "io/driftwatch/DriftwatchExtension";
    ClassFile file = ClassFile.read(classBytes(ForkedJvm.EXTENSION_JAR, listener + ".class"));

    assertEquals(JAVA_8_MAJOR, file.major, "class-file major version of " + listener);
    List<String> others = file.classNames.stream().filter(name -> !name.equals(listener) && !name.startsWith("java/")
        && !name.equals(PREMAIN) && !name.startsWith("io/opentelemetry/javaagent/extension/")
        && !name.startsWith("io/opentelemetry/sdk/autoconfigure/")).toList();
    assertEquals(List.of(), others, "classes the listener would load before its check");
    for (String loadedByTheOfficialAgent : List.of(PREMAIN, "io/driftwatch/DriftwatchExtensionCustomizer",
        "io/driftwatch/DrainFirstSpanProcessor")) {
      assertEquals(JAVA_8_MAJOR,
          ClassFile.read(classBytes(ForkedJvm.EXTENSION_JAR, loadedByTheOfficialAgent + ".class")).major,
          "the gate the listener shares with the premain entry, and what the official agent's autoconfigure loads: "
              + loadedByTheOfficialAgent);
    }
    assertEquals(JAVA_17_MAJOR,
        ClassFile.read(classBytes(ForkedJvm.EXTENSION_JAR, "io/driftwatch/extension/ExtensionInstaller.class")).major);
  }

  private static byte[] classBytes(String entryName) throws IOException {
    return classBytes(ForkedJvm.AGENT_JAR, entryName);
  }

  private static byte[] classBytes(String jarPath, String entryName) throws IOException {
    try (JarFile jar = new JarFile(jarPath)) {
      JarEntry entry = jar.getJarEntry(entryName);
      assertTrue(entry != null, entryName + " in " + jarPath);
      try (InputStream in = jar.getInputStream(entry)) {
        return in.readAllBytes();
      }
    }
  }

  /** The class-file header and constant pool (JVMS 4.4): enough to list what a class refers to. */
  private static final class ClassFile {
    int major;
    final List<String> classNames = new ArrayList<>();
    final List<String> utf8 = new ArrayList<>();

    static ClassFile read(byte[] bytes) throws IOException {
      ClassFile file = new ClassFile();
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      assertEquals(0xCAFEBABE, in.readInt(), "magic");
      in.readUnsignedShort(); // minor
      file.major = in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] texts = new String[count];
      List<Integer> classEntries = new ArrayList<>();
      for (int index = 1; index < count; index++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> texts[index] = in.readUTF();
          case 7 -> classEntries.add(in.readUnsignedShort());
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            index++; // longs and doubles take two slots
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      for (String text : texts) {
        if (text != null) {
          file.utf8.add(text);
        }
      }
      for (int entry : classEntries) {
        file.classNames.add(texts[entry]);
      }
      return file;
    }
  }
}
