package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision table of docs/prism-behaviour.md section 9, one row per observed (or source) rule. */
class SecurityCheckerTest {

  private static final LoadedSpec SPEC = Fixtures.spec("api-with-security-schemes.yaml");
  private static final SecurityChecker CHECKER = new SecurityChecker(SPEC.openApi());

  @ParameterizedTest(name = "{0} {1}={2} -> satisfied={3}, challenges={4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # path        | header         | value                                 | ok    | WWW-Authenticate
          /bearer       | -              | -                                     | false | Bearer
          /bearer       | authorization  | Bearer abc                            | true  | -
          /bearer       | authorization  | bearer abc                            | false | Bearer
          /bearer       | authorization  | 'Bearer '                             | false | Bearer
          /bearer       | authorization  | Basic dXNlcjpwYXNz                    | false | Bearer
          /basic        | authorization  | Basic dXNlcjpwYXNz                    | true  | -
          /basic        | authorization  | bAsIc dXNlcjpwYXNz                    | true  | -
          /basic        | authorization  | Basic !!!                             | false | ''
          /basic        | authorization  | Basic dXNlcg==                        | false | ''
          /basic        | authorization  | Basic dTpwOng=                        | false | ''
          /basic        | -              | -                                     | false | Basic realm="*"
          /basic        | authorization  | Bearer abc                            | false | Basic realm="*"
          /digest       | -              | -                                     | false | Digest realm="*", nonce="abc123"
          /digest       | authorization  | Digest username="bob", realm="x", nonce="abc", uri="d", response="ff" | true | -
          /digest       | authorization  | Digest username="bob"                 | false | ''
          /tenant       | x-vol-tenant   | 12345                                 | true  | -
          /tenant       | X-VOL-TENANT   | 1                                     | true  | -
          /tenant       | x-vol-tenant   | ''                                    | false | ''
          /tenant       | -              | -                                     | false | ''
          /cookie-key   | cookie         | theme=dark; session=abc               | true  | -
          /cookie-key   | cookie         | theme=dark                            | false | ''
          /raw-key      | authorization  | Bearer test-token                     | true  | -
          /raw-key      | authorization  | ledyer-api-key-123                    | true  | -
          /raw-key      | -              | -                                     | false | ''
          /alternatives | -              | -                                     | false | Basic realm="*",Bearer
          /alternatives | authorization  | Basic dXNlcjpwYXNz                    | true  | -
          /alternatives | authorization  | Basic !!!                             | false | Bearer
          /alternatives | x-vol-tenant   | 12345                                 | false | Basic realm="*",Bearer
          /optional     | -              | -                                     | true  | -
          /optional     | authorization  | Bearer x                              | false | None
          /optional     | x-vol-tenant   | 12345                                 | true  | -
          /public       | -              | -                                     | true  | -
          /oauth        | authorization  | Bearer t                              | true  | -
          /oauth        | -              | -                                     | false | OAuth2
          """)
  void check_decisionTable(
      String path, String header, String value, boolean ok, String challenges) {
    var request = Fixtures.request("GET", path);
    if (header != null) {
      request.header(header, value == null ? "" : value);
    }
    var outcome = CHECKER.check(request.build(), security(path));

    assertThat(outcome.satisfied()).isEqualTo(ok);
    assertThat(String.join(",", outcome.challenges()))
        .isEqualTo(challenges == null ? "" : challenges);
  }

  @ParameterizedTest(name = "query api_key={0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          k   | true
          ''  | false
          -   | false
          """)
  void check_apiKeyInQuery_needsNonEmptyValue(String value, boolean ok) {
    var request = Fixtures.request("GET", "/query-key");
    if (value != null) {
      request.query("api_key", value);
    }
    assertThat(CHECKER.check(request.build(), security("/query-key")).satisfied()).isEqualTo(ok);
  }

  @ParameterizedTest(name = "tenant + Authorization {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bearer test-token | true
          Basic !!!         | false
          """)
  void check_andGroup_needsEverySchemeOfTheEntry(String authorization, boolean ok) {
    var request =
        Fixtures.request("GET", "/alternatives")
            .header("x-vol-tenant", "1")
            .header("authorization", authorization);
    assertThat(CHECKER.check(request.build(), security("/alternatives")).satisfied()).isEqualTo(ok);
  }

  private static List<io.swagger.v3.oas.models.security.SecurityRequirement> security(String path) {
    RoutedOperation routed =
        Fixtures.route(
            SPEC, SPEC.openApi().getPaths().get(path).getGet() != null ? "GET" : "POST", path);
    var own = routed.operation().getSecurity();
    return own != null ? own : SPEC.openApi().getSecurity();
  }
}
