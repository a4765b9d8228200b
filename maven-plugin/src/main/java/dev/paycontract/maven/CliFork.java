package dev.paycontract.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the mock server's command line ({@code dev.paycontract.mock.cli.Main}) in a JVM of its own:
 * {@code java @classpath-file Main SUBCOMMAND ARGS}. The classpath goes into an argument file so
 * the command stays short on every operating system.
 */
final class CliFork {

  static final String MAIN_CLASS = "dev.paycontract.mock.cli.Main";

  /**
   * A mock that lives for one test run: bin/mock's MOCK_JVM=short set (ADR 0020), C1 only with
   * five-fold compile thresholds, and the serial collector.
   */
  private static final List<String> JVM_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=5", "-XX:+UseSerialGC");

  /** A finished run: its exit code and every line it printed (stdout and stderr merged). */
  record Finished(int exitCode, List<String> lines) {}

  private final Path java;
  private final Path argFile;

  private CliFork(Path java, Path argFile) {
    this.java = java;
    this.argFile = argFile;
  }

  /** Writes the classpath argument file into {@code workDir}. */
  static CliFork prepare(Path java, List<Path> classpath, Path workDir) throws IOException {
    Files.createDirectories(workDir);
    Path argFile = workDir.resolve("mock-classpath.args");
    String cp =
        classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    // The @argfile syntax: quoted, with backslashes doubled (Windows paths).
    Files.writeString(
        argFile, "-cp \"" + cp.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
    return new CliFork(java, argFile);
  }

  List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(JVM_FLAGS);
    command.add("@" + argFile);
    command.add(MAIN_CLASS);
    command.addAll(args);
    return command;
  }

  /**
   * The fork's output, prefixed with the likely cause when the mock server on the classpath is
   * older than the goal (it does not know the subcommand).
   */
  static String explain(List<String> lines, String subcommand) {
    String text = String.join("\n", lines);
    if (text.contains("Unmatched arguments from index 0: '" + subcommand + "'")) {
      return "the paycontract-mock-server on the plugin's classpath has no '"
          + subcommand
          + "' command"
          + " (is <plugin><dependencies> pinning an older version?)\n"
          + text;
    }
    return text;
  }

  /** Starts a long-running command whose output goes to {@code logFile}. */
  Process start(List<String> args, Path logFile) throws IOException {
    Files.createDirectories(logFile.getParent());
    return new ProcessBuilder(command(args))
        .redirectErrorStream(true)
        .redirectOutput(logFile.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  /** Runs a command to its end, handing each output line to {@code echo} as it comes. */
  Finished run(List<String> args, Map<String, String> extraEnv, Consumer<String> echo)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(args)).redirectErrorStream(true);
    builder.environment().putAll(extraEnv);
    Process process = builder.start();
    process.getOutputStream().close();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        echo.accept(line);
      }
    } finally {
      if (process.isAlive()) {
        process.destroy();
      }
    }
    return new Finished(process.waitFor(), List.copyOf(lines));
  }
}
