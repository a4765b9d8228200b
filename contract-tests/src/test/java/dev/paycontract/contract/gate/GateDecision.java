package dev.paycontract.contract.gate;

import dev.paycontract.mock.diff.GateResult;
import java.util.Objects;

/**
 * The gate's answer for one spec: its comparison with the baseline and, when the change is
 * incompatible, whether it was acknowledged.
 *
 * @param specFile the spec, as a path relative to the repository root
 * @param baselineFile the baseline it was compared with, relative to the repository root
 */
public record GateDecision(
    String provider,
    String specFile,
    String baselineFile,
    GateResult result,
    Acknowledgement.Outcome acknowledgement) {

  public GateDecision {
    Objects.requireNonNull(result, "result == null");
  }

  /** True when the change is compatible, or incompatible and acknowledged. */
  public boolean passes() {
    return !result.incompatible() || acknowledgement != null && acknowledgement.acknowledged();
  }
}
