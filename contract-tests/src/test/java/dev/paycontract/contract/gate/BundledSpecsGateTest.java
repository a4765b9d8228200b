package dev.paycontract.contract.gate;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The gate on this repository's own specs: each {@code specs/<provider>/<provider>.yaml} against
 * its baseline (the version at the last release). See docs/spec-change-gate.md.
 */
class BundledSpecsGateTest {

  private final BundledSpecs specs =
      new BundledSpecs(Path.of(System.getProperty("paycontract.rootDir", "..")));
  private final SpecChangeGate gate = new SpecChangeGate();

  @TestFactory
  Stream<DynamicTest> gate_bundledSpec_hasNoUnacknowledgedBreakingChange() {
    return specs.providers().stream()
        .map(provider -> DynamicTest.dynamicTest(provider, () -> check(provider)));
  }

  private void check(String provider) {
    String specFile = specs.specFile(provider);
    String baselineFile = specs.baselineFile(provider);
    Optional<String> current = specs.read(specFile);
    Optional<String> baseline = specs.read(baselineFile);
    if (current.isEmpty()) {
      fail(
          specFile
              + " was removed, but its baseline "
              + baselineFile
              + " exists: removing a provider breaks everyone who uses it. To do it on purpose,"
              + " delete the baseline in the same change and say so under `## [Unreleased]` in"
              + " CHANGELOG.md.");
    }
    // A provider added since the last release has nothing released to break.
    Assumptions.assumeTrue(
        baseline.isPresent(),
        () ->
            "no baseline " + baselineFile + " yet: " + provider + " is new since the last release");

    GateDecision decision =
        gate.check(
            provider,
            specFile,
            current.get(),
            baselineFile,
            baseline.get(),
            specs.changelog().orElse(null));

    if (!decision.passes()) {
      fail(new FailureMessage().format(decision));
    }
  }
}
