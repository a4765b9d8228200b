package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Response findings (docs/prism-behaviour.md 12.2, 12.3); locations come without the "response"
 * prefix.
 */
class ResponseValidationTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-body-constraints.yaml");
  private static final ResponseValidator VALIDATOR = new ResponseValidator(SPEC);
  private static final RoutedOperation ORDERS = Fixtures.route(SPEC, "POST", "/orders");
  private static final String VALID =
      "{\"id\":\"o-1\",\"intent\":\"AUTH\",\"order_amount\":{\"amount_in_cents\":100,\"currency\":\"USD\"}}";

  @Test
  void validate_validResponse_hasNoFindings() {
    assertThat(
            VALIDATOR.validate(
                ORDERS,
                Fixtures.response(200, "application/json", VALID, Map.of("X-Request-Id", "r"))))
        .isEmpty();
  }

  @Test
  void validate_wrongPropertyType_reportsTypeAtBodyPointer() {
    List<Violation> findings =
        VALIDATOR.validate(
            ORDERS,
            Fixtures.response(
                200,
                "application/json",
                VALID.replace("\"o-1\"", "12345"),
                Map.of("X-Request-Id", "r")));

    assertThat(findings)
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(List.of("body", "id"), "type", "Response body property id must be string"));
  }

  @Test
  void validate_writeOnlyRequiredProperty_isNotRequiredInResponses() {
    var spec = Fixtures.spec("api-with-body-constraints.yaml");
    spec.openApi().getComponents().getSchemas().get("Order").getRequired().add("secret");

    List<Violation> findings =
        new ResponseValidator(spec)
            .validate(
                Fixtures.route(spec, "POST", "/orders"),
                Fixtures.response(200, "application/json", VALID, Map.of("X-Request-Id", "r")));

    assertThat(findings).isEmpty();
  }

  @Test
  void validate_stringBodyForObjectSchema_reportsTypeAtBody() {
    List<Violation> findings =
        VALIDATOR.validate(
            ORDERS,
            Fixtures.response(200, "application/xml", "<order/>", Map.of("X-Request-Id", "r")));

    assertThat(findings)
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(tuple(List.of("body"), "type", "Response body must be object"));
  }

  @Test
  void validate_noContentTypeWhereContentDeclared_reportsMediaTypeWithoutCode() {
    List<Violation> findings =
        VALIDATOR.validate(ORDERS, Fixtures.response(200, null, null, Map.of("X-Request-Id", "r")));

    assertThat(findings)
        .containsExactly(
            new Violation(
                List.of(),
                Violation.Severity.Error,
                "",
                "The received media type \"\" does not match the one specified in the current"
                    + " response: application/json, application/xml"));
  }

  @Test
  void validate_headerOfWrongType_reportsHeaderLocation() {
    List<Violation> findings =
        VALIDATOR.validate(
            ORDERS,
            Fixtures.response(
                200,
                "application/json",
                VALID,
                Map.of("X-Request-Id", "r", "X-RateLimit-Remaining", "lots")));

    assertThat(findings)
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("header", "x-ratelimit-remaining"),
                "type",
                "Response header parameter x-ratelimit-remaining must be integer"));
  }

  @Test
  void validate_missingRequiredHeader_reportsRequired() {
    List<Violation> findings =
        VALIDATOR.validate(ORDERS, Fixtures.response(200, "application/json", VALID, Map.of()));

    assertThat(findings)
        .extracting(Violation::location, Violation::code)
        .containsExactly(tuple(List.of("header"), "required"));
  }

  @Test
  void validate_statusCoveredByRange_usesTheRange() {
    assertThat(VALIDATOR.validate(ORDERS, Fixtures.response(404, null, null, Map.of()))).isEmpty();
  }

  @Test
  void validate_undeclaredStatus_warnsOutside2xx() {
    List<Violation> findings =
        VALIDATOR.validate(ORDERS, Fixtures.response(500, null, null, Map.of()));

    assertThat(findings)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Violation.Severity.Warning);
              assertThat(v.message())
                  .isEqualTo(
                      "Unable to match the returned status code with those defined in the document:"
                          + " 200,4XX");
            });
  }

  @Test
  void validate_noContentResponse_acceptsEmptyBody() {
    RoutedOperation strict = Fixtures.route(SPEC, "POST", "/orders/strict");

    assertThat(VALIDATOR.validate(strict, Fixtures.response(204, null, null, Map.of()))).isEmpty();
  }

  @Test
  void validate_producedBodyGiven_validatesItInsteadOfTheBytes() {
    var produced = ParsedBody.MAPPER.createObjectNode().put("id", 7);

    List<Violation> findings =
        VALIDATOR.validate(
            ORDERS,
            Fixtures.response(
                200, "application/xml", "<xml><id>7</id></xml>", Map.of("X-Request-Id", "r")),
            produced);

    assertThat(findings)
        .extracting(Violation::location, Violation::code)
        .contains(tuple(List.of("body", "id"), "type"), tuple(List.of("body"), "required"));
  }

  @Test
  void validate_booleanHeaderSentAsPrismNull_isNotAFinding() {
    var spec = Fixtures.spec("api-with-body-constraints.yaml");
    spec.openApi()
        .getPaths()
        .get("/orders")
        .getPost()
        .getResponses()
        .get("200")
        .getHeaders()
        .get("X-RateLimit-Remaining")
        .getSchema()
        .setType("boolean");

    List<Violation> findings =
        new ResponseValidator(spec)
            .validate(
                Fixtures.route(spec, "POST", "/orders"),
                Fixtures.response(
                    200,
                    "application/json",
                    VALID,
                    Map.of("X-Request-Id", "r", "X-RateLimit-Remaining", "null")));

    assertThat(findings).isEmpty();
  }
}
