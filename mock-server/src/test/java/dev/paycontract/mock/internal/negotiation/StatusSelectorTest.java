package dev.paycontract.mock.internal.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.internal.negotiation.StatusSelector.StatusChoice;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusSelectorTest {

  private final StatusSelector selector = new StatusSelector();

  /** An operation declaring the given response keys, in order. */
  private static Operation op(String keys) {
    StringBuilder paths = new StringBuilder("  /x:\n    get:\n      responses:\n");
    if (keys.isBlank()) {
      paths.setLength(0);
      paths.append("  /x:\n    get:\n      responses: {}\n");
    }
    for (String k : keys.split(" ")) {
      if (!k.isBlank()) {
        paths.append("        '").append(k).append("': {description: d}\n");
      }
    }
    return TestSpecs.parse(TestSpecs.withPaths(paths.toString())).getPaths().get("/x").getGet();
  }

  private String valid(String keys, Integer preferred) {
    return switch (selector.forValid(op(keys), preferred)) {
      case Outcome.Ok<StatusChoice> ok -> ok.value().status() + " from " + ok.value().key();
      case Outcome.Failed<StatusChoice> f -> f.problem().type().name();
    };
  }

  @Nested
  class WithoutPreference {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "400 202 201 5XX | 201 from 201",
          "default | 200 from default",
          "2XX 404 | 200 from 2XX",
          "201 2XX | 201 from 201",
          "404 default | 200 from default",
          "404 500 | 404 from 404",
          "4XX | 400 from 4XX"
        })
    void select_declared_picksPrismDefault(String keys, String expected) {
      assertThat(valid(keys, null)).isEqualTo(expected);
    }

    @Test
    void select_noResponses_returnsNoResponseDefined() {
      assertThat(valid("", null)).isEqualTo(ProblemType.NO_RESPONSE_RESPONSE_DEFINED.name());
    }
  }

  @Nested
  class WithPreferredCode {
    @ParameterizedTest(name = "[{0}] code={1} -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "200 404 | 404 | 404 from 404",
          "400 202 201 5XX | 503 | 503 from 5XX",
          "200 default | 418 | 418 from default",
          "200 404 | 418 | NOT_FOUND",
          "201 202 | 200 | NOT_FOUND"
        })
    void select_preferredCode_exactThenRangeThenDefault(String keys, int code, String expected) {
      assertThat(valid(keys, code)).isEqualTo(expected);
    }

    @Test
    void select_undeclaredCode_detailNamesCode() {
      Outcome<StatusChoice> o = selector.forValid(op("200"), 418);
      assertThat(((Outcome.Failed<StatusChoice>) o).problem().detail())
          .isEqualTo("Requested status code 418 is not defined in the document.");
    }
  }

  @Nested
  class InvalidRequest {
    private String invalid(String keys, List<Integer> codes) {
      Optional<StatusChoice> c = selector.forInvalid(op(keys), codes);
      return c.map(s -> s.status() + " from " + s.key()).orElse("problem");
    }

    @Test
    void select_security_usesOnly401() {
      assertThat(invalid("200 400 422", List.of(401))).isEqualTo("problem");
      assertThat(invalid("200 401", List.of(401))).isEqualTo("401 from 401");
    }

    @Test
    void select_contentType_prefers415Then422Then400() {
      assertThat(invalid("200 400 422", List.of(415, 422, 400))).isEqualTo("422 from 422");
    }

    @Test
    void select_validation_prefers422Then400() {
      assertThat(invalid("200 400", List.of(422, 400))).isEqualTo("400 from 400");
    }

    @Test
    void select_onlyDefault_servedWithFirstCode() {
      assertThat(invalid("200 default", List.of(422, 400))).isEqualTo("422 from default");
    }

    @Test
    void select_range_matches() {
      assertThat(invalid("200 4XX", List.of(422, 400))).isEqualTo("422 from 4XX");
    }

    @Test
    void select_eachCodeExactThenItsRange_beforeTheNextCode() {
      // Prism tries 422, then 4XX (served as 422), and only then 400.
      assertThat(invalid("200 400 4XX", List.of(422, 400))).isEqualTo("422 from 4XX");
      assertThat(invalid("200 400 4XX 422", List.of(422, 400))).isEqualTo("422 from 422");
    }
  }
}
