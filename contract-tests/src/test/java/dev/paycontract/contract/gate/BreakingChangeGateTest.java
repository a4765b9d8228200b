package dev.paycontract.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.diff.BreakingChange;
import dev.paycontract.mock.diff.BreakingChangeGate;
import dev.paycontract.mock.diff.GateResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.model.DiffResult;

/** Each fixture in gate/ is compared with gate/baseline.yaml. */
class BreakingChangeGateTest {

  private static final String CREATE_ORDER = "POST /v2/customer/{customer_uuid}/order";

  private final BreakingChangeGate gate = new BreakingChangeGate();

  private GateResult compareWithBaseline(String fixture) {
    return gate.compare(Fixtures.read("baseline.yaml"), Fixtures.read(fixture));
  }

  @Nested
  class Breaking {

    @Test
    void gate_narrowedRequestEnum_isBreaking() {
      GateResult result = compareWithBaseline("narrowed-request-enum.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.INCOMPATIBLE);
      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly(
              CREATE_ORDER + ": request body property `intent`: enum value `CAPTURE` removed");
      assertThat(result.fullyDescribed()).isTrue();
    }

    @Test
    void gate_newRequiredRequestProperty_isBreaking() {
      GateResult result = compareWithBaseline("new-required-request-property.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.INCOMPATIBLE);
      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly(CREATE_ORDER + ": request body property `reference` is now required");
    }

    @Test
    void gate_removedEndpoint_isBreaking() {
      GateResult result = compareWithBaseline("removed-endpoint.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.INCOMPATIBLE);
      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly("GET /v2/order/{order_uuid}: endpoint removed");
    }

    @Test
    void gate_loweredMaximum_isBreaking() {
      GateResult result = compareWithBaseline("lowered-maximum.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.INCOMPATIBLE);
      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly(
              CREATE_ORDER + ": request body property `quantity`: maximum lowered from 100 to 50");
    }

    @Test
    void gate_apiKeyMovedToQuery_isBreaking() {
      GateResult result = compareWithBaseline("api-key-moved-to-query.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.INCOMPATIBLE);
      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly(
              "GET /v2/order/{order_uuid}: security scheme `ApiKeyAuth` changed from API key in"
                  + " header `Authorization` to API key in query `api_key`");
    }

    @Test
    void gate_apiKeyRenamed_isBreaking() {
      GateResult result = compareWithBaseline("api-key-renamed.yaml");

      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly(
              "GET /v2/order/{order_uuid}: security scheme `ApiKeyAuth` changed from API key in"
                  + " header `Authorization` to API key in header `X-Api-Key`");
    }

    @Test
    void gate_breakingChangeItCannotPhrase_fallsBackToTheMarkdownReport() {
      GateResult result =
          gate.compare(
              Fixtures.read("oauth2-baseline.yaml"),
              Fixtures.read("oauth2-token-url-changed.yaml"));

      assertThat(result.verdict()).isEqualTo(DiffResult.INCOMPATIBLE);
      assertThat(result.fullyDescribed()).isFalse();
      assertThat(result.breakingChanges())
          .extracting(BreakingChange::line)
          .containsExactly(
              "GET /v1/orders: security: incompatible change not phrased by the gate; "
                  + "see the openapi-diff report below");
    }

    @Test
    void gate_breakingChange_keepsTheMarkdownReport() {
      GateResult result = compareWithBaseline("removed-endpoint.yaml");

      assertThat(result.markdownReport()).contains("/v2/order/{order_uuid}");
    }
  }

  @Nested
  class NotBreaking {

    @Test
    void gate_newOptionalProperty_isNotBreaking() {
      GateResult result = compareWithBaseline("new-optional-property.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.COMPATIBLE);
      assertThat(result.incompatible()).isFalse();
      assertThat(result.breakingChanges()).isEmpty();
    }

    @Test
    void gate_newEndpoint_isNotBreaking() {
      GateResult result = compareWithBaseline("new-endpoint.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.COMPATIBLE);
      assertThat(result.breakingChanges()).isEmpty();
    }

    @Test
    void gate_unchangedSpec_reportsNoChanges() {
      GateResult result = compareWithBaseline("baseline.yaml");

      assertThat(result.verdict()).isEqualTo(DiffResult.NO_CHANGES);
      assertThat(result.breakingChanges()).isEmpty();
    }
  }
}
