package dev.paycontract.mock.diff;

import java.nio.file.Path;
import java.util.List;

/** What {@link SpecDiff} found: a comparison, or a spec it could not read. */
public sealed interface DiffOutcome {

  /** 0: compatible (or no change); 1: at least one breaking change; 2: a spec could not be read. */
  int exitCode();

  /** Both specs were read and compared. */
  record Compared(Path oldSpec, Path newSpec, GateResult result) implements DiffOutcome {
    @Override
    public int exitCode() {
      return result.incompatible() ? 1 : 0;
    }
  }

  /** {@code file} is missing or is not an OpenAPI document; {@code reasons} say why. */
  record Unreadable(Path file, List<String> reasons) implements DiffOutcome {
    public Unreadable {
      reasons = List.copyOf(reasons);
    }

    @Override
    public int exitCode() {
      return 2;
    }
  }
}
