package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseReplayerTest {

  private HttpServer server;
  private final AtomicReference<String> seen = new AtomicReference<>();

  @BeforeEach
  void startEchoServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.set(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getRawPath()
                  + "?"
                  + exchange.getRequestURI().getRawQuery()
                  + " prefer="
                  + exchange.getRequestHeaders().get("Prefer")
                  + " accept="
                  + exchange.getRequestHeaders().get("Accept")
                  + " body="
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("sl-violations", "[]");
          exchange.sendResponseHeaders(201, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void replay_sendsMethodRawPathHeadersAndBodyAsRecorded() {
    ProbeCase probe =
        ProbeCase.parse(
            "f",
            1,
            "{\"id\":\"a\",\"method\":\"PATCH\",\"path\":\"/items/%34%32?tags=a&tags=b\",\"headers\":{\"Prefer\":\"code=200\",\"PREFER\":\"example=x\",\"Accept\":null},\"body\":\"raw"
                + " text\"}");
    try (CaseReplayer replayer = new CaseReplayer()) {
      Exchange exchange =
          replayer.replay(probe, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
      assertThat(seen.get())
          .isEqualTo(
              "PATCH /items/%34%32?tags=a&tags=b prefer=[code=200, example=x] accept=null body=raw"
                  + " text");
      assertThat(exchange.status()).isEqualTo(201);
      assertThat(exchange.header("SL-VIOLATIONS")).contains("[]");
      assertThat(exchange.bodyText()).isEqualTo("{\"ok\":true}");
    }
  }

  @Test
  void replay_caseWithoutAccept_sendsAcceptAnyLikeCurl() {
    ProbeCase probe = ProbeCase.parse("f", 1, "{\"id\":\"a\",\"method\":\"GET\",\"path\":\"/p\"}");
    try (CaseReplayer replayer = new CaseReplayer()) {
      replayer.replay(probe, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
      assertThat(seen.get()).contains("accept=[*/*]");
    }
  }

  @Test
  void replay_nothingListening_isRecordedAsNoResponse() throws Exception {
    int port = PrismProcess.freeLoopbackPort();
    ProbeCase probe = ProbeCase.parse("f", 1, "{\"id\":\"a\",\"method\":\"GET\",\"path\":\"/\"}");
    try (CaseReplayer replayer = new CaseReplayer()) {
      Exchange exchange = replayer.replay(probe, URI.create("http://127.0.0.1:" + port));
      assertThat(exchange.hasResponse()).isFalse();
      assertThat(exchange.outcome()).startsWith("no response (connection failed");
      assertThat(exchange.headers()).isEqualTo(java.util.Map.of());
      assertThat(List.of(exchange.body())).hasSize(1);
    }
  }
}
