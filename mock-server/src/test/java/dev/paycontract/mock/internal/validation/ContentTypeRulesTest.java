package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request Content-Type rules of docs/prism-behaviour.md 10.2 as a decision table. */
class ContentTypeRulesTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-body-constraints.yaml");
  private static final RequestValidator VALIDATOR = new RequestValidator(SPEC);
  private static final String ORDER =
      "{\"intent\":\"AUTH\",\"order_amount\":{\"amount_in_cents\":100,\"currency\":\"USD\"}}";

  @ParameterizedTest(name = "{0} {1} Content-Type={2} body={3} -> {4} {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # method | path          | content type                   | body   | verdict              | code or 415 detail
          POST     | /orders       | application/json               | ORDER  | Valid                | -
          POST     | /orders       | application/json; charset=utf-8 | ORDER | Valid                | -
          POST     | /orders       | Application/JSON               | ORDER  | Valid                | -
          POST     | /orders       | application/vnd.api+json       | ORDER  | Valid                | -
          POST     | /orders       | text/plain                     | ORDER  | UnsupportedMediaType | Supported content types: application/json
          POST     | /orders       | -                              | ORDER  | Unprocessable        | type
          POST     | /orders       | text/plain                     | ''     | Unprocessable        | required
          GET      | /health       | application/json               | {}     | UnsupportedMediaType | No supported content types, but request included a non-empty body
          GET      | /health       | -                              | x      | UnsupportedMediaType | No supported content types, but request included a non-empty body
          POST     | /orders/text  | text/plain; charset=utf-8      | abc    | Valid                | -
          POST     | /orders/text  | text/plain                     | abcdef | Unprocessable        | maxLength
          POST     | /orders/text  | application/xml                | <a/>   | UnsupportedMediaType | Supported content types: text/plain, application/vnd.paycontract+json
          POST     | /orders/text  | application/vnd.paycontract+json | '{\"a\":1}' | Valid          | -
          """)
  void validate_contentTypeDecisionTable(
      String method,
      String path,
      String contentType,
      String body,
      String verdict,
      String expected) {
    var request = Fixtures.request(method, path).body("ORDER".equals(body) ? ORDER : body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }

    RequestVerdict result = VALIDATOR.validate(request.build(), Fixtures.route(SPEC, method, path));

    assertThat(result.getClass().getSimpleName()).isEqualTo(verdict);
    switch (result) {
      case RequestVerdict.UnsupportedMediaType u -> {
        assertThat(u.detail()).isEqualTo(expected);
        assertThat(u.violations())
            .singleElement()
            .satisfies(
                v -> {
                  assertThat(v.code()).isEqualTo("415");
                  assertThat(v.location()).isEmpty();
                  assertThat(v.message()).isEqualTo(expected);
                });
      }
      case RequestVerdict.Unprocessable p ->
          assertThat(p.violations()).extracting(Violation::code).containsExactly(expected);
      default -> assertThat(result.violations()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          application/json                | application/json   | true
          application/problem+json        | application/json   | true
          application/json;charset=utf-8  | application/json   | true
          text/plain                      | text/*             | true
          image/png                       | '*/*'              | true
          application/xml                 | application/json   | false
          application/json                | application/vnd.x+json | false
          """)
  void match_looseRules(String actual, String declared, boolean matches) {
    assertThat(MediaTypes.match(actual, java.util.List.of(declared)).isPresent())
        .isEqualTo(matches);
  }
}
