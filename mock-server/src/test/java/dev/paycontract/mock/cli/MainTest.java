package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exit codes and messages of the command line (runs that would start a server are not here). */
class MainTest {

  private static final String DIR = "src/test/resources/spec-loading/";
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream oldErr;
  private PrintStream oldOut;

  @BeforeEach
  void capture() {
    oldErr = System.err;
    oldOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(oldErr);
    System.setOut(oldOut);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_brokenSpec_exits1WithOneLineAndNoStackTrace() {
    assertThat(Main.run("mock", "-p", "0", DIR + "api-broken-yaml.yaml")).isEqualTo(1);
    // Our own output is one line; library loggers created earlier in this JVM are not ours.
    assertThat(stderr().lines().filter(l -> l.startsWith("error: ")))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("api-broken-yaml.yaml", "line 4"));
  }

  @Test
  void run_noOperations_exits1() {
    assertThat(Main.run("mock", "-p", "0", DIR + "api-no-operations.yaml")).isEqualTo(1);
    assertThat(stderr()).contains("No operations found in");
  }

  @Test
  void run_unknownFlag_exits2() {
    assertThat(Main.run("mock", "--no-such-flag", DIR + "api-minimal.yaml")).isEqualTo(2);
  }

  @Test
  void run_missingSpec_exits2() {
    assertThat(Main.run("mock")).isEqualTo(2);
    assertThat(stderr()).contains("Missing spec");
  }

  @Test
  void run_badVerboseLevel_exits2() {
    assertThat(Main.run("mock", "-v", "loud", DIR + "api-minimal.yaml")).isEqualTo(2);
  }

  @Test
  void run_badMount_exits2() {
    assertThat(Main.run("mock", "--mount", "nope")).isEqualTo(2);
  }

  @Test
  void run_help_exits0AndListsPrismFlags() {
    assertThat(Main.run("mock", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "--port",
            "--host",
            "--dynamic",
            "--errors",
            "--cors",
            "--ignore-examples",
            "--seed",
            "--verbose-level",
            "--stateful");
  }

  @Test
  void run_help_listsWatchAndLogFormat() {
    assertThat(Main.run("mock", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--[no-]watch", "--log-format");
  }

  @Test
  void run_badLogFormat_exits2() {
    assertThat(Main.run("mock", "--log-format", "xml", DIR + "api-minimal.yaml")).isEqualTo(2);
  }

  @Test
  void run_version_exits0() {
    assertThat(Main.run("mock", "--version")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("paycontract mock server ");
  }

  @Test
  void run_topLevelHelp_listsEveryCommand() {
    assertThat(Main.run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Usage: paycontract-mock")
        .containsPattern("(?m)^\\s+mock\\s")
        .containsPattern("(?m)^\\s+proxy\\s")
        .containsPattern("(?m)^\\s+verify\\s")
        .containsPattern("(?m)^\\s+diff\\s");
  }

  @Test
  void run_unknownCommand_exits2AndSuggestsTheNearestOne() {
    assertThat(Main.run("mokc", "x.yaml")).isEqualTo(2);
    assertThat(stderr()).contains("mokc").contains("mock");
  }

  @Test
  void run_subcommandHelp_namesTheParentCommand() {
    assertThat(Main.run("proxy", "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: paycontract-mock proxy");
  }
}
