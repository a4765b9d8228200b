package dev.paycontract.mock.internal.proxy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Undoes a response's {@code Content-Encoding} (gzip, deflate) so its body can be validated. */
final class ContentDecoding {

  private static final int LIMIT = 64 * 1024 * 1024; // a decompression bomb stops here

  private ContentDecoding() {}

  /** The decoded body; the raw body when the encoding is identity, unknown (br) or broken. */
  static byte[] decode(byte[] body, String contentEncoding) {
    if (body.length == 0 || contentEncoding == null) {
      return body;
    }
    String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
    try {
      return switch (encoding) {
        case "gzip", "x-gzip" -> read(new GZIPInputStream(new ByteArrayInputStream(body)));
        case "deflate" -> read(new InflaterInputStream(new ByteArrayInputStream(body)));
        default -> body;
      };
    } catch (IOException e) {
      return body;
    }
  }

  private static byte[] read(InputStream in) throws IOException {
    try (in) {
      return in.readNBytes(LIMIT);
    }
  }
}
