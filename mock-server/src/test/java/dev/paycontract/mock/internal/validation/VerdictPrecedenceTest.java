package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security beats content type beats schema findings (docs/prism-behaviour.md 1.6, 9). */
class VerdictPrecedenceTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-security-schemes.yaml");
  private static final RequestValidator VALIDATOR = new RequestValidator(SPEC);

  private static RequestVerdict postTenant(Fixtures.Req request) {
    return VALIDATOR.validate(request.build(), Fixtures.route(SPEC, "POST", "/tenant"));
  }

  @Test
  void validate_missingCredentialAndInvalidBody_isUnauthorizedCarryingBothFindings() {
    RequestVerdict verdict =
        postTenant(Fixtures.request("POST", "/tenant").json("{\"amount\":\"x\"}"));

    assertThat(verdict).isInstanceOf(RequestVerdict.Unauthorized.class);
    assertThat(((RequestVerdict.Unauthorized) verdict).challenges()).isEmpty();
    assertThat(verdict.violations()).extracting(Violation::code).containsExactly("type", "401");
    assertThat(verdict.violations().get(1))
        .isEqualTo(
            new Violation(
                List.of(), Violation.Severity.Error, "401", "Invalid security scheme used"));
  }

  @Test
  void validate_missingCredentialAndWrongContentType_isUnauthorized() {
    RequestVerdict verdict =
        postTenant(
            Fixtures.request("POST", "/tenant").header("content-type", "text/plain").body("x"));

    assertThat(verdict).isInstanceOf(RequestVerdict.Unauthorized.class);
    assertThat(verdict.violations()).extracting(Violation::code).containsExactly("415", "401");
  }

  @Test
  void validate_wrongContentTypeWithCredential_isUnsupportedMediaType() {
    RequestVerdict verdict =
        postTenant(
            Fixtures.request("POST", "/tenant")
                .header("x-vol-tenant", "1")
                .header("content-type", "text/plain")
                .body("x"));

    assertThat(verdict).isInstanceOf(RequestVerdict.UnsupportedMediaType.class);
  }

  @Test
  void validate_bearerMissing_challengesWithBearer() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("GET", "/bearer").build(), Fixtures.route(SPEC, "GET", "/bearer"));

    assertThat(verdict)
        .isEqualTo(
            new RequestVerdict.Unauthorized(
                List.of(
                    new Violation(
                        List.of(),
                        Violation.Severity.Error,
                        "401",
                        "Invalid security scheme used")),
                List.of("Bearer")));
  }

  @Test
  void validate_rootSecurityWhenOperationHasNone_isApplied() {
    var spec = Fixtures.spec("api-with-security-schemes.yaml");
    spec.openApi()
        .getPaths()
        .get("/bearer")
        .getGet()
        .setSecurity(null); // as if the loader had not copied it

    RequestVerdict verdict =
        new RequestValidator(spec)
            .validate(
                Fixtures.request("GET", "/bearer").build(), Fixtures.route(spec, "GET", "/bearer"));

    assertThat(verdict).isInstanceOf(RequestVerdict.Unauthorized.class);
  }

  @Test
  void validate_emptySecurityList_disablesChecks() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("GET", "/public").build(), Fixtures.route(SPEC, "GET", "/public"));

    assertThat(verdict).isInstanceOf(RequestVerdict.Valid.class);
  }

  @Test
  void validate_malformedJson_beatsSecurity() {
    RequestVerdict verdict = postTenant(Fixtures.request("POST", "/tenant").json("{oops"));

    assertThat(verdict.isMalformedJson()).isTrue();
  }
}
