package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Path, query and header parameters, coerced from strings (docs/prism-behaviour.md 8.1, 8.2). */
class RequestParameterValidationTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-parameters.yaml");
  private static final RequestValidator VALIDATOR = new RequestValidator(SPEC);

  private static RequestVerdict getItem(String id, Fixtures.Req request) {
    return VALIDATOR.validate(
        request.build(), Fixtures.route(SPEC, "GET", "/items/{id}", Map.of("id", id)));
  }

  private static Fixtures.Req item(String id) {
    return Fixtures.request("GET", "/items/" + id);
  }

  @Test
  void validate_stringsThatFitTheirTypes_areCoercedAndValid() {
    RequestVerdict verdict =
        getItem(
            "42",
            item("42")
                .query("tags", "a", "b")
                .query("limit", "5")
                .query("include_shipping", "true"));

    assertThat(verdict).isEqualTo(new RequestVerdict.Valid(List.of()));
  }

  @Test
  void validate_queryBelowMinimum_reportsQueryParameter() {
    RequestVerdict verdict = getItem("42", item("42").query("tags", "a").query("limit", "0"));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("query", "limit"),
                "minimum",
                "Request query parameter limit must be >= 1"));
  }

  @Test
  void validate_nonBooleanQuery_reportsType() {
    RequestVerdict verdict =
        getItem("42", item("42").query("tags", "a").query("include_shipping", "maybe"));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("query", "include_shipping"),
                "type",
                "Request query parameter include_shipping must be boolean"));
  }

  @Test
  void validate_missingRequiredQuery_reportsRequiredAtQuery() {
    RequestVerdict verdict = getItem("42", item("42"));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("query"), "required", "Request query must have required property 'tags'"));
  }

  @Test
  void validate_headerOutsideEnum_reportsLowerCaseHeaderName() {
    RequestVerdict verdict =
        getItem("42", item("42").query("tags", "a").header("X-Trace", "maybe"));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("header", "x-trace"),
                "enum",
                "Request header parameter x-trace must be equal to one of the allowed values: on,"
                    + " off"));
  }

  @Test
  void validate_referencedHeaderParameter_isValidatedToo() {
    RequestVerdict verdict =
        getItem("42", item("42").query("tags", "a").header("Sezzle-Request-Id", "x".repeat(11)));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code)
        .containsExactly(tuple(List.of("header", "sezzle-request-id"), "maxLength"));
  }

  @Test
  void validate_pathLevelParameterOfWrongType_reportsPathParameter() {
    RequestVerdict verdict = getItem("abc", item("abc").query("tags", "a"));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(List.of("path", "id"), "type", "Request path parameter id must be integer"));
  }

  @Test
  void validate_mixedCaseParameterNames_areReportedLowerCaseAsInPrism() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("GET", "/accounts/nope").query("PageSize", "many").build(),
            Fixtures.route(SPEC, "GET", "/accounts/{AccountSid}", Map.of("AccountSid", "nope")));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code)
        .containsExactlyInAnyOrder(
            tuple(List.of("path", "accountsid"), "pattern"),
            tuple(List.of("query", "pagesize"), "type"));
  }

  @Test
  void validate_pathParameterNotUuid_reportsFormat() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("POST", "/customers/nope/orders")
                .header("X-Tenant", "t")
                .json("{\"amount\":1}")
                .build(),
            Fixtures.route(
                SPEC,
                "POST",
                "/customers/{customer_uuid}/orders",
                Map.of("customer_uuid", "nope")));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("path", "customer_uuid"),
                "format",
                "Request path parameter customer_uuid must match format \"uuid\""));
  }

  @Test
  void validate_missingRequiredHeader_reportsRequiredAtHeader() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("POST", "/customers/x/orders").json("{\"amount\":1}").build(),
            Fixtures.route(
                SPEC,
                "POST",
                "/customers/{customer_uuid}/orders",
                Map.of("customer_uuid", "6a9f0b8e-1111-4c3d-9a1b-000000000001")));

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("header"),
                "required",
                "Request header must have required property 'x-tenant'"));
  }

  @Test
  void validate_findingsEverywhere_areOrderedBodyHeaderQueryPath() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("POST", "/customers/nope/orders").json("{\"amount\":0}").build(),
            Fixtures.route(
                SPEC,
                "POST",
                "/customers/{customer_uuid}/orders",
                Map.of("customer_uuid", "nope")));

    assertThat(verdict.violations())
        .extracting(v -> v.location().get(0))
        .containsExactly("body", "header", "path");
  }

  @Test
  void validate_sentDeprecatedParameter_warnsWithoutFailing() {
    RequestVerdict verdict = getItem("42", item("42").query("tags", "a").query("old_filter", "x"));

    assertThat(verdict).isInstanceOf(RequestVerdict.Valid.class);
    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::severity, Violation::code)
        .containsExactly(
            tuple(List.of("query", "old_filter"), Violation.Severity.Warning, "deprecated"));
  }

  @Test
  void validate_unknownQueryParameter_isIgnored() {
    assertThat(getItem("42", item("42").query("tags", "a").query("__code", "201")))
        .isInstanceOf(RequestVerdict.Valid.class);
  }
}
