package dev.paycontract.mock.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

/** Which sent properties the response carries. */
class RequestEchoTest {

  static final OpenAPI API = TestSpecs.parse("""
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths: {}
      components:
        schemas:
          Money: {type: object, properties: {cents: {type: integer}}}
          Request:
            type: object
            properties:
              amount: {$ref: '#/components/schemas/Money'}
              note: {type: string}
              status: {type: string}
              count: {type: string}
              kind: {type: string}
              code: {type: string}
          Response:
            type: object
            properties:
              amount: {$ref: '#/components/schemas/Money'}
              note: {type: string}
              status: {type: string, enum: [open, closed]}
              count: {type: integer}
              kind: {type: string, pattern: '^[a-z]+$'}
              fixed: {type: string}
      """);

  final RequestEcho echo = new RequestEcho(new Refs(API));

  static Schema<?> schema(String name) {
    return new Schema<>().$ref("#/components/schemas/" + name);
  }

  static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void apply_copiesCompatibleProperties_keepsTheRest() throws Exception {
    ObjectNode body = (ObjectNode) json("{\"amount\":{\"cents\":1},\"note\":\"n\",\"status\":\"open\",\"count\":1,\"kind\":\"a\",\"fixed\":\"f\"}");
    JsonNode sent = json("{\"amount\":{\"cents\":7500},\"note\":\"mine\",\"status\":\"weird\",\"count\":\"3\",\"kind\":\"Bad1\",\"code\":\"x\"}");

    assertThat(echo.apply(body, sent, schema("Request"), schema("Response"), false, null)).containsExactly("amount", "note");
    assertThat(body).isEqualTo(json("{\"amount\":{\"cents\":7500},\"note\":\"mine\",\"status\":\"open\",\"count\":1,\"kind\":\"a\",\"fixed\":\"f\"}"));
  }

  @Test
  void apply_valueMeetingEnumAndPattern_isCopied() throws Exception {
    ObjectNode body = (ObjectNode) json("{\"status\":\"open\",\"kind\":\"a\"}");
    echo.apply(body, json("{\"status\":\"closed\",\"kind\":\"b\"}"), schema("Request"), schema("Response"), false, null);
    assertThat(body).isEqualTo(json("{\"status\":\"closed\",\"kind\":\"b\"}"));
  }

  @Test
  void apply_replacedObjectRepeatedElsewhere_isReplacedThereToo() throws Exception {
    ObjectNode body = (ObjectNode) json("{\"amount\":{\"cents\":1},\"fixed\":\"f\",\"nested\":{\"held\":{\"cents\":1},\"other\":{\"cents\":2}}}");
    echo.apply(body, json("{\"amount\":{\"cents\":7500}}"), schema("Request"), schema("Response"), false, null);
    assertThat(body).isEqualTo(json("{\"amount\":{\"cents\":7500},\"fixed\":\"f\",\"nested\":{\"held\":{\"cents\":7500},\"other\":{\"cents\":2}}}"));
  }

  @Test
  void apply_merge_mergesObjectsAndNullRemoves() throws Exception {
    ObjectNode body = (ObjectNode) json("{\"amount\":{\"cents\":1},\"note\":\"n\"}");
    echo.apply(body, json("{\"note\":null}"), schema("Request"), schema("Response"), true, null);
    assertThat(body).isEqualTo(json("{\"amount\":{\"cents\":1}}"));
  }

  @Test
  void apply_keptProperty_isNeverChanged() throws Exception {
    ObjectNode body = (ObjectNode) json("{\"note\":\"id-1\"}");
    echo.apply(body, json("{\"note\":\"other\"}"), schema("Request"), schema("Response"), false, "note");
    assertThat(body.get("note").asText()).isEqualTo("id-1");
  }
}
