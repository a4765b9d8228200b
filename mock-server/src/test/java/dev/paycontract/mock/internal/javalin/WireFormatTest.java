package dev.paycontract.mock.internal.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What goes over the socket, byte for byte: header name casing and framing (Prism 12.1). */
class WireFormatTest {

  private static MockServer server;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder()
            .spec(Path.of("src/test/resources/golden/02-selection/api-with-status-codes.yaml"))
            .port(0)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String exchange(String requestLine) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void mockedResponse_sendsPrismCasedContentTypeWithoutCharset() throws Exception {
    String raw = exchange("GET /lowest HTTP/1.1");
    assertThat(raw).contains("\r\nContent-type: application/json\r\n").doesNotContain("charset");
    assertThat(raw).contains("\r\nContent-Length: 15\r\n").endsWith("{\"which\":\"201\"}");
  }

  @Test
  void problem_sendsLowerCaseContentType() throws Exception {
    assertThat(exchange("GET /nowhere HTTP/1.1"))
        .contains("\r\ncontent-type: application/problem+json\r\n");
  }

  @Test
  void noContent_sendsNoContentTypeAtAll() throws Exception {
    assertThat(exchange("DELETE /no-content HTTP/1.1").toLowerCase())
        .doesNotContain("content-type");
  }

  @Test
  void badPercentEncoding_returnsBadRequestProblem() throws Exception {
    String raw = exchange("GET /items/%zz HTTP/1.1");
    assertThat(raw).startsWith("HTTP/1.1 400 ");
    assertThat(raw.toLowerCase())
        .contains("\r\ncontent-type: application/problem+json\r\n")
        .doesNotContain("<html");
    assertThat(raw)
        .contains(
            "\"type\":\"https://stoplight.io/prism/errors#BAD_REQUEST\"",
            "\"status\":400",
            "\"title\":\"Bad request\"",
            "bad percent-encoding");
  }
}
