package dev.paycontract.mock.verify;

import java.util.List;

/** Every case {@link Verifier} ran, in order; {@link #exitCode()} is what the CLI exits with. */
public record VerifyReport(List<CaseResult> cases) {

  public VerifyReport {
    cases = List.copyOf(cases);
  }

  public List<Finding> findings() {
    return cases.stream().flatMap(c -> c.findings().stream()).toList();
  }

  /** 0 when no finding, 1 otherwise. */
  public int exitCode() {
    return findings().isEmpty() ? 0 : 1;
  }
}
