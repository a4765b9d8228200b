package dev.paycontract.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import io.swagger.v3.oas.models.Operation;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which operations create, read, update and delete which resource. */
class StateWiringTest {

  static final String LINKED = TestSpecs.withPaths("""
        /carts:
          post:
            responses:
              '201':
                description: c
                content:
                  application/json:
                    schema: {type: object, properties: {token: {type: string}}}
                links:
                  byToken:
                    operationRef: '#/paths/~1baskets~1{key}/get'
                    parameters: {key: '$response.body#/token'}
                  byHeader:
                    operationId: getBasket
                    parameters: {key: '$response.header.Location'}
        /carts/{id}:
          get:
            responses: {'200': {description: never wired, the spec declares links}}
        /baskets/{key}:
          get:
            operationId: getBasket
            parameters: [{name: key, in: path, required: true, schema: {type: string}}]
            responses: {'200': {description: b}}
          delete:
            parameters: [{name: key, in: path, required: true, schema: {type: string}}]
            responses: {'204': {description: d}}
      """);

  static final String NO_ID_PROPERTY = TestSpecs.withPaths("""
        /notes:
          post:
            responses:
              '201':
                description: c
                content:
                  application/json:
                    schema: {type: object, properties: {title: {type: string}}}
        /notes/{noteId}:
          get:
            parameters: [{name: noteId, in: path, required: true, schema: {type: string}}]
            responses: {'200': {description: n}}
      """);

  static Operation op(LoadedSpec spec, String path, String method) {
    return spec.openApi().getPaths().get(path).readOperationsMap().get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method));
  }

  @Test
  void links_operationRefAndBodyExpression_wireTheTargetPathOnly() {
    LoadedSpec spec = TestSpecs.loaded(LINKED);
    StateWiring w = StateWiring.of(spec);

    assertThat(w.create(op(spec, "/carts", "POST"))).hasValueSatisfying(c -> {
      assertThat(c.kind()).isEqualTo("/baskets/{key}");
      assertThat(c.idPointer()).isEqualTo("/token");
      assertThat(c.inferred()).isFalse();
    });
    assertThat(w.member(op(spec, "/baskets/{key}", "GET"))).isPresent();
    assertThat(w.member(op(spec, "/baskets/{key}", "DELETE"))).isPresent();
    assertThat(w.member(op(spec, "/carts/{id}", "GET"))).isEmpty();
    assertThat(w.lines()).singleElement().asString().doesNotContain("inferred").contains("from link \"byToken\"");
  }

  @Test
  void inference_noIdPropertyMatchingTheParameter_wiresNothing() {
    assertThat(StateWiring.of(TestSpecs.loaded(NO_ID_PROPERTY)).lines()).isEmpty();
  }

  @Test
  void inference_fixtureWithoutLinks_namesThePairAsInferred() {
    LoadedSpec spec = new dev.paycontract.mock.internal.spec.SpecLoader(false)
        .load(java.util.List.of(new dev.paycontract.mock.api.SpecSource(Path.of("src/test/resources/state/api-with-items-crud.yaml"), "/shop")))
        .get(0);
    assertThat(StateWiring.of(spec).lines()).containsExactly(
        "stateful: inferred POST /shop/items creates /shop/items/{itemId} (itemId = $response.body#/id); served from the store: GET PUT DELETE PATCH");
  }

  @ParameterizedTest
  @CsvSource({"/items, /items/{id}, id", "/items/, /items/{id}, id", "/items, /items/{id}/tags, ", "/items, /items/x, ", "/items, /itemsx/{id}, "})
  void memberParam_oneParameterSegmentBelowTheCollection(String collection, String member, String expected) {
    assertThat(StateWiring.memberParam(collection, member)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"order_uuid, uuid", "itemId, id", "item-key, key", "id, "})
  void lastWord_ofAPathParameter(String param, String expected) {
    assertThat(IdProperty.lastWord(param)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"$response.body#/uuid, /uuid", "{$response.body#/a/b}, /a/b", "$response.body#, ", "$request.path.id, ", "$response.header.Location, "})
  void runtimeExpression_onlyResponseBodyPointersNameAnId(String expression, String pointer) {
    assertThat(RuntimeExpression.responseBodyPointer(expression).orElse(null)).isEqualTo(pointer);
  }
}
