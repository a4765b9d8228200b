package dev.paycontract.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The acknowledgement rule applied end to end: fixture specs plus fixture changelogs. */
class SpecChangeGateTest {

  private static final String PROVIDER = "gatefixture";

  private final SpecChangeGate gate = new SpecChangeGate();

  private GateDecision check(String currentFixture, String changelog) {
    return gate.check(
        PROVIDER,
        "specs/gatefixture/gatefixture.yaml",
        Fixtures.read(currentFixture),
        "baseline/gatefixture.yaml",
        Fixtures.read("baseline.yaml"),
        changelog);
  }

  @Test
  void gate_incompatibleWithMajorBumpAndChangelogEntry_passes() {
    GateDecision decision =
        check("removed-endpoint-major-bump.yaml", Fixtures.read("changelog-acknowledging.md"));

    assertThat(decision.result().incompatible()).isTrue();
    assertThat(decision.acknowledgement().acknowledged()).isTrue();
    assertThat(decision.passes()).isTrue();
  }

  @Test
  void gate_incompatibleWithMajorBumpButNoChangelog_fails() {
    GateDecision decision = check("removed-endpoint-major-bump.yaml", null);

    assertThat(decision.passes()).isFalse();
    assertThat(decision.acknowledgement().reason()).contains("CHANGELOG.md does not exist");
  }

  @Test
  void gate_incompatibleWithMajorBumpAndEntryOnlyUnderAReleasedVersion_fails() {
    GateDecision decision =
        check("removed-endpoint-major-bump.yaml", Fixtures.read("changelog-released-only.md"));

    assertThat(decision.passes()).isFalse();
    assertThat(decision.acknowledgement().reason())
        .contains(
            "no line under `## [Unreleased]` in CHANGELOG.md names both `gatefixture` and `2.0.0`");
  }

  @Test
  void gate_incompatibleWithChangelogEntryButSameMajor_fails() {
    GateDecision decision =
        check("removed-endpoint.yaml", Fixtures.read("changelog-acknowledging.md"));

    assertThat(decision.passes()).isFalse();
    assertThat(decision.acknowledgement().reason())
        .isEqualTo("info.version 1.0.0 has major 1, not above the baseline's 1.0.0 (major 1)");
  }

  @Test
  void gate_compatibleChange_passesWithoutAcknowledgement() {
    GateDecision decision = check("new-endpoint.yaml", null);

    assertThat(decision.passes()).isTrue();
    assertThat(decision.acknowledgement()).isNull();
  }

  @Test
  void failureMessage_changeTheGateCannotPhrase_appendsTheMarkdownReport() {
    GateDecision decision =
        gate.check(
            PROVIDER,
            "specs/gatefixture/gatefixture.yaml",
            Fixtures.read("oauth2-token-url-changed.yaml"),
            "baseline/gatefixture.yaml",
            Fixtures.read("oauth2-baseline.yaml"),
            null);

    assertThat(new FailureMessage().format(decision))
        .contains(
            "security: incompatible change not phrased by the gate; see the openapi-diff report"
                + " below")
        .contains("openapi-diff report:\n" + decision.result().markdownReport());
  }

  @Test
  void failureMessage_suggestedVersion_isTheNextMajorKeepingTheSuffix() {
    assertThat(FailureMessage.suggestedVersion("2.0.0-curated.1")).isEqualTo("3.0.0-curated.1");
    assertThat(FailureMessage.suggestedVersion("1.4.2")).isEqualTo("2.0.0");
    assertThat(FailureMessage.suggestedVersion("v1")).isEqualTo("v2.0.0");
  }

  @Test
  void failureMessage_unacknowledgedBreakingChange_listsChangesAndTheRule() {
    GateDecision decision = check("narrowed-request-enum.yaml", null);

    assertThat(new FailureMessage().format(decision))
        .isEqualTo(
            """
            specs/gatefixture/gatefixture.yaml has 1 breaking change(s) against its baseline \
            baseline/gatefixture.yaml (info.version 1.0.0 -> 1.0.0):
              - POST /v2/customer/{customer_uuid}/order: request body property `intent`: enum value `CAPTURE` removed
            Not acknowledged: info.version 1.0.0 has major 1, not above the baseline's 1.0.0 (major 1).
            These changes break the generated client, the mock and their users. Either undo them, or, to ship \
            them on purpose, raise the major of info.version above the baseline's, and add a line under \
            `## [Unreleased]` in CHANGELOG.md that names the provider and the new info.version, \
            e.g. `- gatefixture 2.0.0: breaking: <what changed>`.
            """);
  }
}
