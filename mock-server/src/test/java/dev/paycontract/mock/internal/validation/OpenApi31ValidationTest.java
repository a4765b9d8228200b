package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.1 keywords: type arrays, const, numeric exclusiveMinimum, prefixItems. */
class OpenApi31ValidationTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-31-features.yaml");
  private static final RequestValidator VALIDATOR = new RequestValidator(SPEC);

  private static RequestVerdict post(String json) {
    return VALIDATOR.validate(
        Fixtures.request("POST", "/orders").json(json).build(),
        Fixtures.route(SPEC, "POST", "/orders"));
  }

  @Test
  void validate_nullInTypeArray_isValid() {
    assertThat(post("{\"intent\":\"AUTH\",\"amount\":1,\"reference_id\":null}"))
        .isInstanceOf(RequestVerdict.Valid.class);
  }

  @Test
  void validate_31Violations_useAjvWording() {
    RequestVerdict verdict =
        post("{\"intent\":\"SALE\",\"amount\":0,\"reference_id\":7,\"tags\":[1,\"a\"]}");

    assertThat(verdict.violations())
        .extracting(Violation::location, Violation::code, Violation::message)
        .containsExactly(
            tuple(
                List.of("body", "intent"),
                "const",
                "Request body property intent must be equal to constant"),
            tuple(
                List.of("body", "amount"),
                "exclusiveMinimum",
                "Request body property amount must be > 0"),
            tuple(
                List.of("body", "reference_id"),
                "type",
                "Request body property reference_id must be string,null"),
            tuple(
                List.of("body", "tags", "0"),
                "type",
                "Request body property tags.0 must be string"),
            tuple(
                List.of("body", "tags", "1"),
                "type",
                "Request body property tags.1 must be integer"));
  }

  @Test
  void validate_31Response_checksBodyTypes() {
    List<Violation> findings =
        new ResponseValidator(SPEC)
            .validate(
                Fixtures.route(SPEC, "POST", "/orders"),
                Fixtures.response(200, "application/json", "{\"id\":1}", Map.of()));

    assertThat(findings)
        .extracting(Violation::location, Violation::code)
        .containsExactly(tuple(List.of("body", "id"), "type"));
  }
}
