package dev.paycontract.mock.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One malformed (or borderline) request of the corpus, as bytes on the wire, with the answer the
 * mock must give.
 *
 * @param name stable identifier, also the test's display name
 * @param group what kind of damage (json, length, chunked, slow, size, nesting, utf8, nul, percent,
 *     url, header, method, version, encoding, multipart)
 * @param bytes exactly what the client writes
 * @param delivery what the client does after writing
 * @param status the status the mock answers; 0 when the only right thing is to close without an
 *     answer (nothing that could be answered arrived)
 * @param type the problem type's code, or null for a non-problem answer (the spec's response)
 */
record RawCase(
    String name, String group, byte[] bytes, Delivery delivery, int status, String type) {

  enum Delivery {
    /** Write, keep the connection open, read. */
    WHOLE,
    /** Write, half-close (the client says it has nothing more to send), read. */
    HALF_CLOSE,
    /** Write part of a request and stall; the server's idle timeout must answer. */
    STALL
  }

  @Override
  public String toString() {
    return group + "/" + name;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** A complete POST with a correct Content-Length. */
  static byte[] post(String path, String contentType, byte[] body) {
    String ct = contentType == null ? "" : "Content-Type: " + contentType + "\r\n";
    return concat(
        ascii(
            "POST "
                + path
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + ct
                + "Content-Length: "
                + body.length
                + "\r\n\r\n"),
        body);
  }

  static byte[] postJson(String body) {
    return post("/orders", "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] get(String target) {
    return ascii("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
  }
}
