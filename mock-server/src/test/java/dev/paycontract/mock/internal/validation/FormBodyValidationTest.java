package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * application/x-www-form-urlencoded bodies are decoded and checked as Prism does (Twilio's specs
 * use them).
 */
class FormBodyValidationTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-form-body.yaml");
  private static final RequestValidator VALIDATOR = new RequestValidator(SPEC);

  private static RequestVerdict post(String form) {
    return VALIDATOR.validate(
        Fixtures.request("POST", "/addresses")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(form)
            .build(),
        Fixtures.route(SPEC, "POST", "/addresses"));
  }

  @Test
  void validate_formWithCoercibleValues_isValid() {
    assertThat(post("CustomerName=Ann+Lee&Street=Main%20St&EmergencyEnabled=true&Priority=3"))
        .isEqualTo(new RequestVerdict.Valid(List.of()));
  }

  @Test
  void validate_formWithoutRequiredFields_reportsRequiredAtBody() {
    assertThat(post("EmergencyEnabled=false").violations())
        .extracting(Violation::location, Violation::code)
        .containsOnly(tuple(List.of("body"), "required"));
  }

  @Test
  void validate_formValueThatDoesNotCoerce_reportsTypeAtItsProperty() {
    assertThat(post("CustomerName=a&Street=b&EmergencyEnabled=maybe&Priority=0").violations())
        .extracting(Violation::location, Violation::code)
        .containsExactlyInAnyOrder(
            tuple(List.of("body", "EmergencyEnabled"), "type"),
            tuple(List.of("body", "Priority"), "minimum"));
  }

  @Test
  void validate_singleValueForArrayProperty_isATypeErrorAsInPrism() {
    assertThat(post("CustomerName=a&Street=b&Events=in-progress+completed").violations())
        .extracting(Violation::location, Violation::code)
        .containsExactly(tuple(List.of("body", "Events"), "type"));
  }
}
