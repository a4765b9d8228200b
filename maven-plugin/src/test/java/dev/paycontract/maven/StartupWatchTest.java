package dev.paycontract.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupWatchTest {

  @Test
  void listeningUrl_cliStartLine_givesTheBoundUrl() {
    List<String> log =
        List.of(
            "14:07:01.100 [INFO] GET /payments/{id} -> http://127.0.0.1:41167/payments/{id}",
            "14:07:01.200 [INFO] listening on http://127.0.0.1:41167");

    assertThat(StartupWatch.listeningUrl(log)).isEqualTo(URI.create("http://127.0.0.1:41167"));
  }

  @Test
  void listeningUrl_noStartLineYet_isNull() {
    assertThat(StartupWatch.listeningUrl(List.of("loading specs"))).isNull();
  }

  @Test
  void answers_closedPort_isFalse() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThat(StartupWatch.answers(URI.create("http://127.0.0.1:" + port))).isFalse();
  }
}
