package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code diff OLD NEW}: exit codes and the plain-words lines (the wording itself is tested by the
 * gate).
 */
class DiffCommandTest {

  private static final String DIR = "src/test/resources/diff/";
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
  void diff_breakingChanges_exits1AndListsEachInPlainWords() {
    int code = Main.run("diff", DIR + "payments-v1.yaml", DIR + "payments-v2-breaking.yaml");

    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .contains(
            "  - GET /payments/{id}: endpoint removed",
            "  - POST /payments: request body property `intent`: enum value `CAPTURE` removed");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2 breaking changes", "1.0.0 -> 2.0.0");
  }

  @Test
  void diff_compatibleChange_exits0() {
    int code = Main.run("diff", DIR + "payments-v1.yaml", DIR + "payments-v1.1-compatible.yaml");

    assertThat(code).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no breaking change");
  }

  @Test
  void diff_sameSpec_exits0WithNoChanges() {
    assertThat(Main.run("diff", DIR + "payments-v1.yaml", DIR + "payments-v1.yaml")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("no changes");
  }

  @Test
  void diff_missingFile_exits2NamingIt() {
    assertThat(Main.run("diff", DIR + "payments-v1.yaml", DIR + "nope.yaml")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.yaml", "no such file");
  }

  @Test
  void diff_notAnOpenApiDocument_exits2NamingIt() {
    assertThat(Main.run("diff", DIR + "payments-v1.yaml", "pom.xml")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read pom.xml");
  }

  @Test
  void diff_oneArgument_exits2() {
    assertThat(Main.run("diff", DIR + "payments-v1.yaml")).isEqualTo(2);
  }
}
