package dev.paycontract.contract.gate;

import dev.paycontract.mock.diff.BreakingChangeGate;
import dev.paycontract.mock.diff.GateResult;
import java.util.Objects;

/**
 * Checks one spec against its baseline: compares them, and for an incompatible change applies the
 * {@link Acknowledgement} rule.
 *
 * <pre>{@code
 * GateDecision d = new SpecChangeGate().check("sezzle", "specs/sezzle/sezzle.yaml", baselineYaml,
 *         "contract-tests/src/test/resources/baseline/sezzle.yaml", currentYaml, changelogOrNull);
 * if (!d.passes()) throw new AssertionError(new FailureMessage().format(d));
 * }</pre>
 */
public final class SpecChangeGate {

  private final BreakingChangeGate gate = new BreakingChangeGate();
  private final Acknowledgement acknowledgement = new Acknowledgement();

  public GateDecision check(
      String provider,
      String specFile,
      String currentContent,
      String baselineFile,
      String baselineContent,
      String changelog) {
    Objects.requireNonNull(provider, "provider == null");
    GateResult result;
    try {
      result = gate.compare(baselineContent, currentContent);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot compare "
              + specFile
              + " with its baseline "
              + baselineFile
              + ": "
              + e.getMessage(),
          e);
    }
    Acknowledgement.Outcome outcome =
        result.incompatible()
            ? acknowledgement.evaluate(
                provider, result.baselineVersion(), result.currentVersion(), changelog)
            : null;
    return new GateDecision(provider, specFile, baselineFile, result, outcome);
  }
}
