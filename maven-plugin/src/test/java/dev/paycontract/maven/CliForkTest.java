package dev.paycontract.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliForkTest {

  @TempDir Path tmp;

  @Test
  void command_classpathInAnArgumentFile_mainClassThenTheArguments() throws Exception {
    CliFork fork =
        CliFork.prepare(
            Path.of("/jdk/bin/java"), List.of(Path.of("/r/a.jar"), Path.of("/r/b.jar")), tmp);

    assertThat(fork.command(List.of("diff", "old.yaml", "new.yaml")))
        .containsExactly(
            "/jdk/bin/java",
            "-XX:TieredStopAtLevel=1",
            "-XX:CompileThresholdScaling=5",
            "-XX:+UseSerialGC",
            "@" + tmp.resolve("mock-classpath.args"),
            "dev.paycontract.mock.cli.Main",
            "diff",
            "old.yaml",
            "new.yaml");
    assertThat(Files.readString(tmp.resolve("mock-classpath.args")))
        .isEqualTo("-cp \"/r/a.jar" + java.io.File.pathSeparator + "/r/b.jar\"\n");
  }

  @Test
  void explain_cliWithoutTheSubcommand_namesTheLikelyCause() {
    assertThat(
            CliFork.explain(
                List.of("Unmatched arguments from index 0: 'verify', '--base-url'"), "verify"))
        .startsWith(
            "the paycontract-mock-server on the plugin's classpath has no 'verify' command");
  }

  @Test
  void run_realProcess_returnsExitCodeAndLines() throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    CliFork fork = CliFork.prepare(javaBin, List.of(tmp), tmp);

    CliFork.Finished finished = fork.run(List.of(), java.util.Map.of(), line -> {});

    // No mock on this classpath: the JVM says so and exits 1; output is captured either way.
    assertThat(finished.exitCode()).isEqualTo(1);
    assertThat(String.join("\n", finished.lines())).contains("dev.paycontract.mock.cli.Main");
  }
}
