package dev.paycontract.mock.cli;

import dev.paycontract.mock.diff.DiffOutcome;
import dev.paycontract.mock.diff.DiffReport;
import dev.paycontract.mock.diff.SpecDiff;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code diff OLD NEW}: the breaking-change gate (docs/spec-change-gate.md) on any two spec
 * versions.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {
      "List the breaking changes from OLD to NEW in plain words (openapi-diff decides what"
          + " breaks).",
      "Exit codes: 0 compatible, 1 breaking change, 2 a spec cannot be read or bad usage."
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The released spec.")
  Path oldSpec;

  @Parameters(index = "1", paramLabel = "NEW", description = "The changed spec.")
  Path newSpec;

  @Override
  public Integer call() {
    DiffOutcome outcome = new SpecDiff().compare(oldSpec, newSpec);
    PrintStream out = outcome instanceof DiffOutcome.Unreadable ? System.err : System.out;
    out.print(DiffReport.text(outcome));
    out.flush();
    return outcome.exitCode();
  }
}
