package dev.paycontract.mock.cli;

import picocli.CommandLine;

/**
 * {@code java -jar mock-server.jar mock [flags] SPEC_OR_FOLDER...}. Exit codes: 0 ok, 1 a spec
 * cannot be served, 2 bad usage.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
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
