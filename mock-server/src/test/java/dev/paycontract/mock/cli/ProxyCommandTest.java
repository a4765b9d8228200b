package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code proxy}: usage errors (a running proxy is tested in ProxyTest through the same builder).
 */
class ProxyCommandTest {

  private static final String SPEC = "src/test/resources/verify/payments.yaml";
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(oldErr);
  }

  @Test
  void proxy_withoutUpstream_exits2() {
    assertThat(Main.run("proxy", SPEC)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--upstream");
  }

  @Test
  void proxy_upstreamNotHttp_exits2() {
    assertThat(Main.run("proxy", SPEC, "--upstream", "ftp://example.com")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("http(s) URL");
  }

  @Test
  void proxy_brokenSpec_exits1NamingIt() {
    assertThat(
            Main.run(
                "proxy",
                "src/test/resources/spec-loading/api-broken-yaml.yaml",
                "-p",
                "0",
                "--upstream",
                "http://127.0.0.1:9"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("api-broken-yaml.yaml");
  }
}
