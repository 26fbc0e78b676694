package io.driftwatch.it.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** The ways a provider (or what stands between it and the app) answers badly, each written on a raw socket. */
public enum ProviderFault {
  INVALID_JSON {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      fixed(out, "application/json", "", "{\"id\":\"chatcmpl-fault\",\"choices\":[{\"index\":0,".getBytes(StandardCharsets.UTF_8));
    }
  },
  TRUNCATED_BODY {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      byte[] body = answer();
      head(out, 200, "application/json", "Content-Length: " + body.length + "\r\n");
      out.write(body, 0, body.length / 2);
      out.flush(); // then a clean close, short of the declared length
    }
  },
  WRONG_CONTENT_TYPE {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      fixed(out, "text/plain; charset=utf-8", "", answer());
    }
  },
  GZIP_BODY {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
        gzip.write(answer());
      }
      fixed(out, "application/json", "Content-Encoding: gzip\r\n", compressed.toByteArray());
    }
  },
  CHUNKED_BODY {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      head(out, 200, "application/json", "Transfer-Encoding: chunked\r\n");
      byte[] body = answer();
      for (int offset = 0; offset < body.length; offset += 37) {
        chunk(out, Arrays.copyOfRange(body, offset, Math.min(body.length, offset + 37)));
        pause(5);
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  },
  EMPTY_BODY {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      fixed(out, "application/json", "", new byte[0]);
    }
  },
  HUGE_BODY {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      byte[] block = new byte[HugeBody.BLOCK_BYTES];
      Arrays.fill(block, (byte) 'a');
      head(out, 200, "application/json", "Content-Length: " + HugeBody.length() + "\r\n");
      out.write(HugeBody.PREFIX);
      for (long i = 0; i < HugeBody.BLOCKS; i++) {
        out.write(block);
      }
      out.write(HugeBody.SUFFIX);
    }
  },
  HUGE_STREAM {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      head(out, 200, "text/event-stream", "Transfer-Encoding: chunked\r\n");
      byte[] block = HugeStream.block();
      for (long i = 0; i < HugeStream.BLOCKS; i++) {
        chunk(out, block);
      }
      finishStream(out);
    }
  },
  STALLED_STREAM {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      head(out, 200, "text/event-stream", "Transfer-Encoding: chunked\r\n");
      String[] words = {"Blue ", "light ", "scatters ", "most."};
      for (int i = 0; i < words.length; i++) {
        if (i == 2) {
          pause(2_500); // the provider goes quiet mid-answer, then carries on
        }
        chunk(out, event(delta(words[i])));
      }
      finishStream(out);
    }
  },
  MALFORMED_EVENT {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      head(out, 200, "text/event-stream", "Transfer-Encoding: chunked\r\n");
      chunk(out, event(delta("Blue ")));
      chunk(out, event("{\"id\":\"chatcmpl-fault\",\"choices\":[{\"delta\":"));
      chunk(out, event(delta("light.")));
      finishStream(out);
    }
  },
  RESET_MID_BODY {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      byte[] body = answer();
      head(out, 200, "application/json", "Content-Length: " + body.length + "\r\n");
      out.write(body, 0, body.length / 2);
      out.flush();
      pause(50);
      reset(socket);
    }
  },
  RESET_BEFORE_RESPONSE {
    @Override
    void respond(Socket socket, OutputStream out) throws IOException {
      reset(socket);
    }
  };

  /** A 100 MiB streamed answer: 64 KiB blocks of one-word chunk events, then the finish and usage events. */
  public static final class HugeStream {
    static final long BLOCKS = 1600;

    private HugeStream() {}

    static byte[] block() {
      byte[] event = event(delta("word "));
      byte[] block = new byte[64 * 1024];
      int whole = block.length / event.length;
      for (int i = 0; i < whole; i++) {
        System.arraycopy(event, 0, block, i * event.length, event.length);
      }
      Arrays.fill(block, whole * event.length, block.length, (byte) '\n'); // blank lines between events are allowed
      return block;
    }
  }

  /** A 100 MB chat completion, written block by block, never held whole. */
  public static final class HugeBody {
    static final int BLOCK_BYTES = 64 * 1024;
    static final long BLOCKS = 1600; // 100 MiB of answer text
    static final byte[] PREFIX = ("{\"id\":\"chatcmpl-huge\",\"object\":\"chat.completion\",\"model\":\"gpt-4o-mini\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"").getBytes(StandardCharsets.UTF_8);
    static final byte[] SUFFIX = "\"},\"finish_reason\":\"stop\"}]}".getBytes(StandardCharsets.UTF_8);

    private HugeBody() {}

    public static long length() {
      return PREFIX.length + BLOCKS * BLOCK_BYTES + SUFFIX.length;
    }
  }

  /** Writes the whole faulty answer; the connection is closed afterwards. */
  abstract void respond(Socket socket, OutputStream out) throws IOException;

  /** A well-formed chat completion with usage, as OpenAI sends it. */
  static byte[] answer() {
    return ("{\"id\":\"chatcmpl-fault\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Blue light scatters most.\"},"
        + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":5,\"total_tokens\":16}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String delta(String text) {
    return "{\"id\":\"chatcmpl-fault\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\","
        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}";
  }

  private static void finishStream(OutputStream out) throws IOException {
    chunk(out, event("{\"id\":\"chatcmpl-fault\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini\","
        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":4,\"total_tokens\":15}}"));
    chunk(out, event("[DONE]"));
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] event(String data) {
    return ("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void fixed(OutputStream out, String contentType, String extraHeaders, byte[] body) throws IOException {
    head(out, 200, contentType, extraHeaders + "Content-Length: " + body.length + "\r\n");
    out.write(body);
  }

  private static void head(OutputStream out, int status, String contentType, String extraHeaders) throws IOException {
    out.write(("HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0); // close with RST instead of FIN
    socket.close();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The path that selects this fault: an OpenAI-compatible chat path, so the agent treats it as an LLM call. */
  public String path() {
    return "/faults/" + name().toLowerCase(java.util.Locale.ROOT) + "/v1/chat/completions";
  }

  static ProviderFault fromPath(String path) {
    for (ProviderFault fault : values()) {
      if (fault.path().equals(path)) {
        return fault;
      }
    }
    return null;
  }
}
