package dev.paycontract.mock.cli;

import dev.paycontract.mock.internal.masking.MaskingPrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code java -jar mock-server.jar mock [flags] SPEC_OR_FOLDER...}. Exit codes: 0 ok, 1 a spec
 * cannot be served, 2 bad usage.
 */
public final class Main {

  /** The subcommands in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("mock", MockCommand::new);
    SUBCOMMANDS.put("proxy", ProxyCommand::new);
    SUBCOMMANDS.put("verify", VerifyCommand::new);
    SUBCOMMANDS.put("diff", DiffCommand::new);
  }

  private Main() {}

  public static void main(String[] args) {
    // Every line written to the console, by any library at any level, is masked first.
    System.setOut(MaskingPrintStream.around(System.out));
    System.setErr(MaskingPrintStream.around(System.err));
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /**
   * The command line for these arguments. Picocli builds a command's model by reflection the first
   * time, a fifth of a second on one core, so a run naming its subcommand gets only that one; any
   * other (help, version, a mistake) gets all four, so help and suggestions list them all.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new RootCommand());
    String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null;
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (named == null || named.equals(name)) {
            cli.addSubcommand(name, command.get());
          }
        });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
