package dev.paycontract.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schema examples stay as the document writes them, where Swagger Parser's typed schemas would
 * convert, drop or rewrite them (probe case typed-schema-examples-as-written checks Prism agrees).
 */
class AsWrittenDeserializerTest {

  private static final String YAML =
      """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths: {}
      components:
        schemas:
          S:
            type: object
            properties:
              offset: {type: string, format: date-time, example: '2017-07-12T00:00:00+00:00'}
              millis: {type: string, format: date-time, example: '2024-04-25T12:46:49.000Z'}
              dateOnly: {type: string, format: date-time, example: '2020-01-01'}
              badDate: {type: string, format: date, example: 'Jan 1'}
              upper: {type: string, format: uuid, example: '3FA85F64-5717-4562-B3FC-2C963F66AFA6'}
              notUuid: {type: string, format: uuid, example: not-a-uuid}
              quotedInt: {type: integer, example: '12'}
              quotedNumber: {type: number, example: '12.50'}
              quotedBool: {type: boolean, example: 'true'}
              numberForString: {type: string, example: 42}
              huge: {type: integer, format: int64, example: 12345678901234567890}
              plain: {type: string, example: as is}
      """;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void fromTree_typedSchemas_keepTheirExampleAsWritten(boolean json) {
    String text = json ? Json.asciiString(yamlAsTree()) : YAML;
    ParseOptions options = new ParseOptions();
    options.setResolve(true);

    OpenAPI api = SpecLoader.fromTree(text, options, "file:///s.yaml").orElseThrow().getOpenAPI();

    @SuppressWarnings("rawtypes")
    Map<String, Schema> p = api.getComponents().getSchemas().get("S").getProperties();
    assertThat(node(p.get("offset").getExample())).hasToString("\"2017-07-12T00:00:00+00:00\"");
    assertThat(node(p.get("millis").getExample())).hasToString("\"2024-04-25T12:46:49.000Z\"");
    assertThat(node(p.get("dateOnly").getExample())).hasToString("\"2020-01-01\"");
    assertThat(node(p.get("badDate").getExample())).hasToString("\"Jan 1\"");
    assertThat(node(p.get("upper").getExample()))
        .hasToString("\"3FA85F64-5717-4562-B3FC-2C963F66AFA6\"");
    assertThat(node(p.get("notUuid").getExample())).hasToString("\"not-a-uuid\"");
    assertThat(node(p.get("quotedInt").getExample())).hasToString("\"12\"");
    assertThat(node(p.get("quotedNumber").getExample())).hasToString("\"12.50\"");
    assertThat(node(p.get("quotedBool").getExample())).hasToString("\"true\"");
    assertThat(node(p.get("numberForString").getExample())).hasToString("42");
    assertThat(node(p.get("huge").getExample())).hasToString("12345678901234567890");
    assertThat(p.get("plain").getExample()).isEqualTo("as is");
  }

  private static JsonNode yamlAsTree() {
    return YamlTree.read(YAML).orElseThrow();
  }

  private static JsonNode node(Object value) {
    return Json.toNode(value);
  }
}
