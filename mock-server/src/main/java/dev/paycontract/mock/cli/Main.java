package dev.paycontract.mock.cli;

import dev.paycontract.mock.internal.masking.MaskingPrintStream;
import picocli.CommandLine;

/**
 * {@code java -jar mock-server.jar mock [flags] SPEC_OR_FOLDER...}. Exit codes: 0 ok, 1 a spec
 * cannot be served, 2 bad usage.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Every line written to the console, by any library at any level, is masked first.
    System.setOut(MaskingPrintStream.around(System.out));
    System.setErr(MaskingPrintStream.around(System.err));
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RootCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
