package dev.paycontract.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar's entry point on a Java older than 21 (the machine's default Java 17): one
 * line naming the Java needed and where it looked, or the mock run with a JDK 21+ it found.
 */
class LauncherTest {

  @Test
  void feature_readsOldAndNewVersionStrings() {
    assertThat(Launcher.feature("1.8")).isEqualTo(8);
    assertThat(Launcher.feature("17")).isEqualTo(17);
    assertThat(Launcher.feature("21.0.2")).isEqualTo(21);
    assertThat(Launcher.feature("25-ea")).isEqualTo(25);
    assertThat(Launcher.feature("")).isEqualTo(-1);
  }

  @Test
  void oldJava_noJdk21Found_oneLineSayingWhatIsNeededAndWhereItLooked(@TempDir Path empty)
      throws Exception {
    Path old = oldJava().orElseThrow();
    Result r = run(old, empty.toString(), "--version");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .contains("needs Java 21 or newer")
        .contains("this is Java " + Launcher.releaseVersion(old.toFile()))
        .contains(empty.toString())
        .doesNotContain("UnsupportedClassVersionError");
  }

  @Test
  void oldJava_jdk21Installed_runsTheMockWithIt() throws Exception {
    Path old = oldJava().orElseThrow();
    String jdks = Path.of(System.getProperty("java.home")).getParent().toString();
    Result r = run(old, jdks, "--version");

    assertThat(r.err()).doesNotContain("error");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("\\d+\\.\\d+");
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(Path javaHome, String jdkDirs, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaHome.resolve("bin/java").toString(),
                "-D" + Launcher.DIRS_PROPERTY + "=" + jdkDirs,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.paycontract.mock.cli.Launcher"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /**
   * A Java older than 21 on this machine (the README's default Java 17); the test is skipped
   * without one.
   */
  private static Optional<Path> oldJava() {
    for (String dir : Launcher.searchDirs()) {
      File[] homes = new File(dir).listFiles();
      if (homes == null) {
        continue;
      }
      for (File home : homes) {
        int v = Launcher.releaseVersion(home);
        if (v >= 8 && v < Launcher.NEEDED && new File(home, "bin/java").canExecute()) {
          return Optional.of(home.toPath());
        }
      }
    }
    Assumptions.abort(
        "no Java older than " + Launcher.NEEDED + " installed to run the launcher with");
    return Optional.empty();
  }
}
