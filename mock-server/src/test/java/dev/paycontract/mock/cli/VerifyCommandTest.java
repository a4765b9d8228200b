package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify}: exit codes, the summary line and the JUnit XML file (the checks are in
 * VerifierTest).
 */
class VerifyCommandTest {

  private static final String SPEC = "src/test/resources/verify/payments.yaml";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void verify_againstItsOwnMock_exits0AndWritesJUnitXml(@TempDir Path dir) throws Exception {
    try (MockServer mock = MockServer.builder().port(0).spec(SPEC).journal(false).build().start()) {
      Path xml = dir.resolve("reports/verify.xml");

      int code =
          Main.run(
              "verify",
              SPEC,
              "--base-url",
              mock.baseUrl(),
              "--rate",
              "0",
              "--junit-xml",
              xml.toString(),
              "--credential",
              "apiKey=cli-secret-value");

      assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("0 failed, 0 findings")
          .doesNotContain("cli-secret-value");
      assertThat(Files.readString(xml))
          .contains("<testsuite ", "failures=\"0\"")
          .doesNotContain("cli-secret-value");
    }
  }

  @Test
  void verify_missingBaseUrl_exits2() {
    assertThat(Main.run("verify", SPEC)).isEqualTo(2);
  }

  @Test
  void verify_brokenCredentialFlag_exits2WithoutEchoingIt() {
    assertThat(
            Main.run(
                "verify",
                SPEC,
                "--base-url",
                "http://127.0.0.1:9",
                "--credential",
                "secretwithoutname"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("SCHEME=VALUE")
        .doesNotContain("secretwithoutname");
  }

  @Test
  void verify_unloadableSpec_exits2NamingIt() {
    assertThat(
            Main.run(
                "verify",
                "src/test/resources/spec-loading/api-broken-yaml.yaml",
                "--base-url",
                "http://127.0.0.1:9"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("api-broken-yaml.yaml");
  }
}
