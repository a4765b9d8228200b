package dev.paycontract.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.validation.RequestValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One parse of a JSON request body gives the same 400 as the stricter check and the tree the
 * validator reads.
 */
class RequestBodyParsingTest {

  private static MockRequest post(String body, String contentType) {
    return new MockRequest(
        "POST",
        "/orders",
        Map.of(),
        Map.of("content-type", List.of(contentType)),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"amount\":5}",
        "{\"amount\":5} trailing",
        "{\"amount\":5}{}",
        "{\"a\":",
        "[1,2,",
        "   ",
        "\"text\"",
        "nul",
        "{\"amount\":1.50}",
        "{\"amount\":1e999999999}",
        "{\"amount\":1e-999999999}",
        "[0.1, {\"x\": [2.5e10]}]",
        "{\"a\":1,}",
        "{'a':1}",
        "{\"a\":NaN}",
        "\u00ef\u00bb\u00bf{}"
      })
  void parseJson_anyBody_sameVerdictAsTheStrictCheck(String body) throws Exception {
    MockRequest request = post(body, "application/json");

    RequestProblems.JsonBody parsed = RequestProblems.parseJson(request);
    Problem strict = RequestProblems.malformedJson(request).orElse(null);

    assertThat(parsed.malformed()).isEqualTo(strict);
    if (strict == null && parsed.tree() != null) {
      assertThat(parsed.tree()).isEqualTo(RequestValidator.readJson(request.body()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
  void parseJson_nonJsonContentType_parsesNothing(String contentType) {
    RequestProblems.JsonBody parsed = RequestProblems.parseJson(post("{\"a\":", contentType));

    assertThat(parsed.malformed()).isNull();
    assertThat(parsed.tree()).isNull();
  }
}
