package dev.paycontract.mock.internal.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several requests on one connection: each is read with its own header values, byte for byte. */
class KeptAliveConnectionTest {

  private static MockServer server;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder()
            .spec(Path.of("src/test/resources/golden/06-security/api-with-security-schemes.yaml"))
            .port(0)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void secondRequest_headerDifferingOnlyInCase_isCheckedAsSent() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();

      assertThat(statusOf(send(out, in, "Bearer abc"))).isEqualTo(200);
      // The bearer keyword is case-sensitive (Prism 9); Jetty's header cache must not reuse the
      // first value.
      assertThat(statusOf(send(out, in, "bearer abc"))).isEqualTo(401);
    }
  }

  private static String send(OutputStream out, InputStream in, String authorization)
      throws Exception {
    out.write(
        ("GET /bearer HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return readResponse(in);
  }

  /** Reads one response: the head, then Content-Length bytes of body. */
  private static String readResponse(InputStream in) throws Exception {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return head + new String(body, StandardCharsets.UTF_8);
  }

  private static int statusOf(String response) {
    return Integer.parseInt(response.substring(9, 12));
  }
}
