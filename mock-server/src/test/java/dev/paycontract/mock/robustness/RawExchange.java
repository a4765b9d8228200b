package dev.paycontract.mock.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Sends one corpus case over a raw socket and reads the first answer, whatever shape it has. */
final class RawExchange {

  /**
   * What came back.
   *
   * @param status the status code, 0 when the connection closed without an answer, -1 when nothing
   *     came back within the read timeout (a hang)
   */
  record Answer(int status, Map<String, String> headers, String body, long millis) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }

    boolean hung() {
      return status == -1;
    }

    /** The problem type's code ({@code INVALID_JSON}), or "" when the body is not a problem. */
    String problemType() {
      int i = body.indexOf("errors#");
      if (i < 0) {
        return "";
      }
      int end = body.indexOf('"', i);
      return end < 0 ? "" : body.substring(i + "errors#".length(), end);
    }
  }

  private RawExchange() {}

  static Answer send(String host, int port, RawCase c, int readTimeoutMillis) throws IOException {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5000);
      socket.setSoTimeout(readTimeoutMillis);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(c.bytes());
        out.flush();
        if (c.delivery() == RawCase.Delivery.HALF_CLOSE) {
          socket.shutdownOutput();
        }
      } catch (SocketException e) {
        // The server may refuse and close before the client has written all (a huge body).
      }
      try {
        return read(socket.getInputStream(), start);
      } catch (SocketTimeoutException e) {
        return new Answer(-1, Map.of(), "", elapsed(start));
      } catch (SocketException e) {
        return new Answer(0, Map.of(), "", elapsed(start));
      }
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  static Answer read(InputStream in, long start) throws IOException {
    String head = readHead(in);
    if (head.isEmpty()) {
      return new Answer(0, Map.of(), "", elapsed(start));
    }
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    int status =
        statusLine.length > 1 && statusLine[1].matches("\\d{3}")
            ? Integer.parseInt(statusLine[1])
            : 0;
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body;
    if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = readChunked(in);
    } else if (status == 204 || status == 304 || status < 200) {
      body = new byte[0];
    } else {
      body = in.readAllBytes();
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), elapsed(start));
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] readChunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
      if (size == 0) {
        readLine(in);
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine(in);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
