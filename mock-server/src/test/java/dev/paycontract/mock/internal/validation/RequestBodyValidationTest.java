package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import org.junit.jupiter.api.Test;

/** Body findings mapped to Prism's {location, code, message} (docs/prism-behaviour.md 8.1, 8.2). */
class RequestBodyValidationTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-body-constraints.yaml");
  private static final RequestValidator VALIDATOR = new RequestValidator(SPEC);
  private static final String VALID =
      "{\"intent\":\"AUTH\",\"order_amount\":{\"amount_in_cents\":100,\"currency\":\"USD\"}}";

  private static RequestVerdict post(String path, String json) {
    return VALIDATOR.validate(
        Fixtures.request("POST", path).json(json).build(), Fixtures.route(SPEC, "POST", path));
  }

  private static Violation only(RequestVerdict verdict) {
    assertThat(verdict).isInstanceOf(RequestVerdict.Unprocessable.class);
    assertThat(verdict.violations()).hasSize(1);
    return verdict.violations().get(0);
  }

  @Test
  void validate_validOrder_isValidWithoutFindings() {
    assertThat(post("/orders", VALID)).isEqualTo(new RequestVerdict.Valid(java.util.List.of()));
  }

  @Test
  void validate_amountBelowMinimum_reportsMinimumAtBodyPointer() {
    Violation v = only(post("/orders", VALID.replace("100", "99")));

    assertThat(v.location()).containsExactly("body", "order_amount", "amount_in_cents");
    assertThat(v.code()).isEqualTo("minimum");
    assertThat(v.severity()).isEqualTo(Violation.Severity.Error);
    assertThat(v.message())
        .isEqualTo("Request body property order_amount.amount_in_cents must be >= 100");
  }

  @Test
  void validate_valueOutsideEnum_listsAllowedValues() {
    Violation v = only(post("/orders", VALID.replace("AUTH", "SALE")));

    assertThat(v.code()).isEqualTo("enum");
    assertThat(v.message())
        .isEqualTo(
            "Request body property intent must be equal to one of the allowed values: AUTH,"
                + " CAPTURE");
  }

  @Test
  void validate_patternMismatch_quotesThePattern() {
    Violation v = only(post("/orders", VALID.replace("USD", "usd")));

    assertThat(v.code()).isEqualTo("pattern");
    assertThat(v.message())
        .isEqualTo("Request body property order_amount.currency must match pattern \"^[A-Z]{3}$\"");
  }

  @Test
  void validate_tooLongString_reportsMaxLength() {
    Violation v =
        only(
            post(
                "/orders",
                VALID.replace("}}", "},\"reference_id\":\"this-reference-is-way-too-long\"}")));

    assertThat(v.code()).isEqualTo("maxLength");
    assertThat(v.message())
        .isEqualTo("Request body property reference_id must NOT have more than 20 characters");
  }

  @Test
  void validate_tooShortString_reportsMinLength() {
    Violation v = only(post("/orders", VALID.replace("}}", "},\"reference_id\":\"x\"}")));

    assertThat(v.code()).isEqualTo("minLength");
    assertThat(v.message())
        .isEqualTo("Request body property reference_id must NOT have fewer than 2 characters");
  }

  @Test
  void validate_badEmail_reportsFormatWithFormatName() {
    Violation v =
        only(post("/orders", VALID.replace("}}", "},\"customer\":{\"email\":\"nope\"}}")));

    assertThat(v.location()).containsExactly("body", "customer", "email");
    assertThat(v.code()).isEqualTo("format");
    assertThat(v.message())
        .isEqualTo("Request body property customer.email must match format \"email\"");
  }

  @Test
  void validate_missingNestedProperty_reportsRequiredAtParentPath() {
    Violation v = only(post("/orders", VALID.replace(",\"currency\":\"USD\"", "")));

    assertThat(v.location()).containsExactly("body", "order_amount");
    assertThat(v.code()).isEqualTo("required");
    assertThat(v.message())
        .isEqualTo("Request body property order_amount must have required property 'currency'");
  }

  @Test
  void validate_missingTopLevelProperties_reportsEachAtBodyRoot() {
    RequestVerdict verdict = post("/orders", "{}");

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                java.util.List.of("body"),
                "required",
                "Request body must have required property 'intent'"),
            tuple(
                java.util.List.of("body"),
                "required",
                "Request body must have required property 'order_amount'"));
  }

  @Test
  void validate_readOnlyRequiredProperty_isNotRequiredInRequests() {
    assertThat(post("/orders", VALID))
        .isInstanceOf(RequestVerdict.Valid.class); // "id" is required + readOnly
  }

  @Test
  void validate_arrayItemFinding_usesIndexAsPathSegment() {
    Violation v =
        only(
            post("/orders", VALID.replace("}}", "},\"items\":[{\"name\":\"a\",\"quantity\":0}]}")));

    assertThat(v.location()).containsExactly("body", "items", "0", "quantity");
    assertThat(v.message()).isEqualTo("Request body property items.0.quantity must be >= 1");
  }

  @Test
  void validate_arrayOverMaxItems_reportsMaxItems() {
    String items = "[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"},{\"name\":\"d\"}]";
    Violation v = only(post("/orders", VALID.replace("}}", "},\"items\":" + items + "}")));

    assertThat(v.code()).isEqualTo("maxItems");
    assertThat(v.message())
        .isEqualTo("Request body property items must NOT have more than 3 items");
  }

  @Test
  void validate_arrayWhereObjectExpected_reportsTypeAtBodyRoot() {
    Violation v = only(post("/orders", "[1,2]"));

    assertThat(v.location()).containsExactly("body");
    assertThat(v.code()).isEqualTo("type");
    assertThat(v.message()).isEqualTo("Request body must be object");
  }

  @Test
  void validate_numberSentAsString_isNotCoerced() {
    Violation v = only(post("/orders", VALID.replace("100", "\"100\"")));

    assertThat(v.code()).isEqualTo("type");
    assertThat(v.message())
        .isEqualTo("Request body property order_amount.amount_in_cents must be integer");
  }

  @Test
  void validate_unknownProperty_isAllowedWhenSchemaIsSilent() {
    assertThat(post("/orders", VALID.replace("}}", "},\"unknown\":{\"a\":1}}")))
        .isInstanceOf(RequestVerdict.Valid.class);
  }

  @Test
  void validate_unknownProperty_isRejectedWhenAdditionalPropertiesFalse() {
    Violation v = only(post("/orders/strict", "{\"name\":\"a\",\"x\":1}"));

    assertThat(v.code()).isEqualTo("additionalProperties");
    assertThat(v.message()).isEqualTo("Request body must NOT have additional properties");
  }

  @Test
  void validate_nullableWrongType_namesBothTypes() {
    Violation v = only(post("/orders/optional", "{\"note\":5}"));

    assertThat(v.code()).isEqualTo("type");
    assertThat(v.message()).isEqualTo("Request body property note must be string,null");
  }

  @Test
  void validate_draft4ExclusiveMinimum_reportsExclusiveMinimum() {
    Violation v = only(post("/orders/optional", "{\"count\":0}"));

    assertThat(v.code()).isEqualTo("exclusiveMinimum");
    assertThat(v.message()).isEqualTo("Request body property count must be > 0");
  }

  @Test
  void validate_aboveMaximum_reportsMaximum() {
    Violation v = only(post("/orders/optional", "{\"count\":11}"));

    assertThat(v.code()).isEqualTo("maximum");
    assertThat(v.message()).isEqualTo("Request body property count must be <= 10");
  }

  @Test
  void validate_missingRequiredBody_reportsBodyRequiredWithoutLocation() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("POST", "/orders").header("content-type", "application/json").build(),
            Fixtures.route(SPEC, "POST", "/orders"));

    Violation v = only(verdict);
    assertThat(v.location()).isEmpty();
    assertThat(v.code()).isEqualTo("required");
    assertThat(v.message()).isEqualTo("Body parameter is required");
  }

  @Test
  void validate_jsonNullBody_countsAsMissingBody() {
    Violation v = only(post("/orders", "null"));

    assertThat(v.location()).isEmpty();
    assertThat(v.message()).isEqualTo("Body parameter is required");
  }

  @Test
  void validate_optionalBodyOmitted_isValid() {
    RequestVerdict verdict =
        VALIDATOR.validate(
            Fixtures.request("POST", "/orders/optional").build(),
            Fixtures.route(SPEC, "POST", "/orders/optional"));

    assertThat(verdict).isInstanceOf(RequestVerdict.Valid.class);
  }

  @Test
  void validate_malformedJson_isMalformedWithLineAndColumn() {
    RequestVerdict verdict = post("/orders", "{\"intent\": \"AU");

    assertThat(verdict.isMalformedJson()).isTrue();
    assertThat(verdict.violations().get(0).code()).isEqualTo(RequestVerdict.INVALID_JSON);
    assertThat(verdict.malformedJsonDetail()).contains("line 1, column");
  }

  @Test
  void validate_ordinaryFindings_areNotMalformedJson() {
    assertThat(post("/orders", "[1]").isMalformedJson()).isFalse();
  }
}
