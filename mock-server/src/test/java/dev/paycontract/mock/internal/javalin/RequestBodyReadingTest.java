package dev.paycontract.mock.internal.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How the adapter reads bodies and headers: exactly Content-Length bytes, chunked bodies whole,
 * header lines merged by name.
 */
class RequestBodyReadingTest {

  private static final byte[] BODY = "{\"amount\":5}".getBytes(StandardCharsets.UTF_8);

  @Nested
  class ReadBody {

    @Test
    void readBody_declaredLength_readsExactlyThatMany() {
      byte[] read =
          JavalinAdapter.readBody(
              new ByteArrayInputStream("{\"amount\":5}extra".getBytes(StandardCharsets.UTF_8)),
              BODY.length,
              100);
      assertThat(read).isEqualTo(BODY);
    }

    @Test
    void readBody_declaredZero_readsNothing() {
      assertThat(JavalinAdapter.readBody(new ByteArrayInputStream(BODY), 0, 100)).isEmpty();
    }

    @Test
    void readBody_unknownLength_readsUpToTheLimit() {
      assertThat(JavalinAdapter.readBody(new ByteArrayInputStream(BODY), -1, 100)).isEqualTo(BODY);
      assertThat(JavalinAdapter.readBody(new ByteArrayInputStream(BODY), -1, 4)).hasSize(4);
      assertThat(JavalinAdapter.readBody(new ByteArrayInputStream(new byte[0]), -1, 100)).isEmpty();
    }
  }

  @Nested
  class OverTheWire {

    private static MockServer server;

    @BeforeAll
    static void start() {
      server =
          MockServer.builder()
              .spec(Path.of("src/test/resources/engine/api-with-error-responses.yaml"))
              .journal(true)
              .port(0)
              .build()
              .start();
    }

    @AfterAll
    static void stop() {
      server.stop();
    }

    private static String send(String head, byte[] body) throws Exception {
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(5000);
        OutputStream out = socket.getOutputStream();
        out.write(
            (head + "Host: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
      }
    }

    private static Exchange last() {
      List<Exchange> all = server.journal().all();
      return all.get(all.size() - 1);
    }

    @Test
    void post_contentLength_bodyReachesTheEngine() throws Exception {
      String answer =
          send(
              "POST /orders HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                  + BODY.length
                  + "\r\n",
              BODY);

      assertThat(answer).startsWith("HTTP/1.1 201");
      assertThat(last().request().body()).isEqualTo(BODY);
    }

    @Test
    void post_chunked_bodyReachesTheEngineWhole() throws Exception {
      byte[] chunked =
          ("5\r\n{\"amo\r\n7\r\nunt\":5}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);

      String answer =
          send(
              "POST /orders HTTP/1.1\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\n",
              chunked);

      assertThat(answer).startsWith("HTTP/1.1 201");
      assertThat(last().request().body()).isEqualTo(BODY);
    }

    @Test
    void get_repeatedHeaderInTwoSpellings_oneLowerCaseNameWithBothValuesInOrder() throws Exception {
      send(
          "GET /things HTTP/1.1\r\nX-Tag: a\r\nAccept: application/json\r\nx-tag: b\r\n",
          new byte[0]);

      assertThat(last().request().headers()).containsKey("accept").doesNotContainKey("X-Tag");
      assertThat(last().request().headers().get("x-tag")).containsExactly("a", "b");
      assertThat(last().request().body()).isEmpty();
    }
  }
}
