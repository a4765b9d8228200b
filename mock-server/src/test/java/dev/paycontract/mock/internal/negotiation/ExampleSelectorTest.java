package dev.paycontract.mock.internal.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExampleSelectorTest {

  private static final OpenAPI API =
      TestSpecs.parse(
          TestSpecs.withPaths(
                  """
                    /named:
                      get:
                        responses:
                          '200':
                            description: ok
                            content:
                              application/json:
                                examples:
                                  authorized: {value: {state: authorized}}
                                  captured: {$ref: '#/components/examples/Captured'}
                    /single:
                      get:
                        responses:
                          '200':
                            description: ok
                            content:
                              application/json:
                                example: {state: single}
                    /none:
                      get:
                        responses:
                          '200':
                            description: ok
                            content:
                              application/json:
                                schema: {type: object}
                  """)
              + "components:\n  examples:\n    Captured: {value: {state: captured}}\n");

  private final ExampleSelector selector = new ExampleSelector();

  private static MediaType media(String path) {
    return API.getPaths()
        .get(path)
        .getGet()
        .getResponses()
        .get("200")
        .getContent()
        .get("application/json");
  }

  private Outcome<Optional<JsonNode>> select(String path, String key) {
    return selector.select("application/json", media(path), key, new Refs(API));
  }

  private static String value(Outcome<Optional<JsonNode>> o) {
    return ((Outcome.Ok<Optional<JsonNode>>) o).value().map(JsonNode::toString).orElse("<none>");
  }

  @Test
  void select_noPreference_takesFirstNamedExample() {
    assertThat(value(select("/named", null))).isEqualTo("{\"state\":\"authorized\"}");
  }

  @Test
  void select_preferredKey_followsRef() {
    assertThat(value(select("/named", "captured"))).isEqualTo("{\"state\":\"captured\"}");
  }

  @Test
  void select_singleExample_isNamedDefault() {
    assertThat(value(select("/single", "default"))).isEqualTo("{\"state\":\"single\"}");
  }

  @Test
  void select_noExamples_isEmpty() {
    assertThat(value(select("/none", null))).isEqualTo("<none>");
  }

  @Test
  void select_unknownKey_returnsNotFound() {
    var o = (Outcome.Failed<Optional<JsonNode>>) select("/named", "Captured");
    assertThat(o.problem().type()).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(o.problem().detail())
        .isEqualTo(
            "Response for contentType: application/json and exampleKey: Captured does not exist.");
  }

  @Test
  void select_keyOnResponseWithoutExamples_returnsNotFound() {
    assertThat(select("/none", "x")).isInstanceOf(Outcome.Failed.class);
  }
}
