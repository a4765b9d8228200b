package dev.paycontract.mock.internal.body.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.internal.body.dynamic.Jsf32;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaSamplerTest {

  private static String sample(String schemaYaml) {
    return sample(schemaYaml, "");
  }

  /** Samples components.schemas.S of a spec whose schemas block is given. */
  private static String sample(String schemaYaml, String extraSchemas) {
    String yaml =
        TestSpecs.withPaths("  /x:\n    get:\n      responses:\n        '200': {description: ok}\n")
            + "components:\n  schemas:\n    S:\n"
            + indent(schemaYaml, 6)
            + extraSchemas;
    OpenAPI api = TestSpecs.parse(yaml);
    Schema<?> s = api.getComponents().getSchemas().get("S");
    JsonNode node = new SchemaSampler(api, new Refs(api)).sample(s).orElseThrow();
    return node.isMissingNode() ? "<none>" : node.toString();
  }

  private static String indent(String text, int n) {
    return text.lines().map(l -> " ".repeat(n) + l).reduce("", (a, b) -> a + b + "\n");
  }

  @Nested
  class Uuid {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "id, 497f6eca-6276-4993-bfeb-53cbbbba6f08",
      "orderId, b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5",
      "uuid, 095be615-a8ad-4c33-8e9c-c7612fbf6c9f"
    })
    void uuid_propertyName_matchesPrismTestVector(String name, String expected) {
      assertThat(Jsf32.uuid(name)).isEqualTo(expected);
    }

    @Test
    void sample_uuidProperty_isSeededByPropertyName() {
      assertThat(sample("type: object\nproperties:\n  orderId: {type: string, format: uuid}"))
          .isEqualTo("{\"orderId\":\"b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5\"}");
    }

    @Test
    void sample_uuidWithoutPropertyName_usesId() {
      assertThat(sample("type: string\nformat: uuid"))
          .isEqualTo("\"497f6eca-6276-4993-bfeb-53cbbbba6f08\"");
    }
  }

  @Nested
  class Precedence {
    // Prism turns example into examples unless the document names its jsonSchemaDialect, and its
    // sampler ranks examples after the compositions, default, const and enum (checked against
    // Prism 5.16.0; probe cases example-rank-*).
    @Test
    void sample_defaultBeatsExample() {
      assertThat(sample("type: integer\nexample: 7\ndefault: 5")).isEqualTo("5");
    }

    @Test
    void sample_enumBeatsExample() {
      assertThat(sample("type: string\nexample: y\nenum: [x, y]")).isEqualTo("\"x\"");
    }

    @Test
    void sample_exampleBeatsExamplesAndType() {
      assertThat(sample("type: string\nexample: ex")).isEqualTo("\"ex\"");
    }

    @Test
    void sample_allOfWithExample_membersOverrideTheExample() {
      assertThat(
              sample(
                  "example: {p: ex, kept: 1}\nallOf:\n  - type: object\n    properties:\n"
                      + "      p: {type: string}\n      q: {type: string}"))
          .isEqualTo("{\"p\":\"string\",\"kept\":1,\"q\":\"string\"}");
    }

    @Test
    void sample_allOfRefThenDescriptionOnly_keepsTheReferencedObject() {
      // Open Banking UK: allOf: [{$ref: Account}, {description: ...}]
      assertThat(
              sample(
                  "type: object\n"
                      + "properties:\n"
                      + "  account:\n"
                      + "    allOf:\n"
                      + "      - $ref: '#/components/schemas/A'\n"
                      + "      - description: the account\n",
                  "    A:\n      type: object\n      properties:\n        id: {type: string}\n"))
          .isEqualTo("{\"account\":{\"id\":\"string\"}}");
    }

    @Test
    void sample_allOfEnumRefThenDescriptionOnly_keepsTheEnumValue() {
      // checked against Prism 5.16.0: "open"
      assertThat(
              sample(
                  "type: object\nproperties:\n  status:\n    allOf:\n"
                      + "      - $ref: '#/components/schemas/E'\n      - description: the status\n",
                  "    E: {type: string, enum: [open, closed]}\n"))
          .isEqualTo("{\"status\":\"open\"}");
    }

    @Test
    void sample_oneOfWithExample_samplesTheFirstBranch() {
      assertThat(sample("example: ex\noneOf: [{type: string}]")).isEqualTo("\"string\"");
    }

    @Test
    void sample_documentNamingItsDialect_putsExampleFirst() {
      String schema =
          "example: {p: ex}\nallOf:\n  - type: object\n    properties: {p: {type: string}}";
      String yaml =
          "openapi: 3.1.0\njsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\n"
              + "info: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
              + "    S:\n"
              + indent(schema, 6)
              + "    T: {type: string, example: y, default: d, enum: [x, y]}\n";
      OpenAPI api = TestSpecs.parse(yaml);
      SchemaSampler sampler = new SchemaSampler(api, new Refs(api));

      assertThat(sampler.sample(api.getComponents().getSchemas().get("S")).orElseThrow())
          .hasToString("{\"p\":\"ex\"}");
      assertThat(sampler.sample(api.getComponents().getSchemas().get("T")).orElseThrow())
          .hasToString("\"y\"");
    }

    @Test
    void sample_defaultBeatsEnum() {
      assertThat(sample("type: string\ndefault: def\nenum: [a, def]")).isEqualTo("\"def\"");
    }

    @Test
    void sample_enum_takesFirst() {
      assertThat(sample("type: string\nenum: [AUTH, CAPTURE]")).isEqualTo("\"AUTH\"");
    }

    @Test
    void sample_oneOf_takesFirst() {
      assertThat(sample("oneOf:\n  - {type: integer}\n  - {type: string}")).isEqualTo("0");
    }

    @Test
    void sample_allOf_mergesMembersInOrder() {
      assertThat(
              sample(
                  "allOf:\n"
                      + "  - $ref: '#/components/schemas/A'\n"
                      + "  - type: object\n"
                      + "    properties:\n"
                      + "      b: {type: boolean}",
                  "    A:\n      type: object\n      properties:\n        a: {type: string}\n"))
          .isEqualTo("{\"a\":\"string\",\"b\":true}");
    }

    @Test
    void sample_allOfMembersDeclaringTheSameArray_mergeItsItems() {
      // PayPal's error schemas: allOf of the generic error (details: items with field, value,
      // location, issue, description) and the status's own (details: items with issue enums).
      assertThat(
              sample(
                  "allOf:\n"
                      + "  - type: object\n"
                      + "    properties:\n"
                      + "      details:\n"
                      + "        type: array\n"
                      + "        items:\n"
                      + "          type: object\n"
                      + "          properties:\n"
                      + "            field: {type: string}\n"
                      + "            issue: {type: string}\n"
                      + "  - properties:\n"
                      + "      details:\n"
                      + "        type: array\n"
                      + "        items:\n"
                      + "          properties:\n"
                      + "            issue: {type: string, enum: [INVALID_PARAMETER_VALUE]}"))
          .isEqualTo(
              "{\"details\":[{\"field\":\"string\",\"issue\":\"INVALID_PARAMETER_VALUE\"}]}");
    }

    @Test
    void sample_allOfStartingWithUntypedMembers_givesNullLikePrism() {
      // Prism samples each member as the type found so far; none is known before the inline
      // member, so its properties give nothing (PayPal vault: allOf [{$ref: {}}, {properties}]).
      assertThat(
              sample(
                  "type: object\n"
                      + "properties:\n"
                      + "  bank:\n"
                      + "    allOf:\n"
                      + "      - $ref: '#/components/schemas/Empty'\n"
                      + "      - properties:\n"
                      + "          status: {type: string, default: NOT_VERIFIED}",
                  "    Empty: {}\n"))
          .isEqualTo("{\"bank\":null}");
    }

    @Test
    void sample_allOfInlineMemberAfterATypedOne_isSampled() {
      assertThat(
              sample(
                  "allOf:\n"
                      + "  - $ref: '#/components/schemas/A'\n"
                      + "  - properties:\n"
                      + "      b: {type: boolean}",
                  "    A:\n      type: object\n      properties:\n        a: {type: string}\n"))
          .isEqualTo("{\"a\":\"string\",\"b\":true}");
    }
  }

  @Nested
  class Strings {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "date-time, 2019-08-24T14:15:22Z",
      "date, 2019-08-24",
      "time, 14:15:22Z",
      "email, user@example.com",
      "uri, http://example.com",
      "hostname, example.com",
      "ipv4, 192.168.0.1",
      "ipv6, 2001:0db8:85a3:0000:0000:8a2e:0370:7334",
      "password, pa$$word"
    })
    void sample_format_givesPrismValue(String format, String expected) {
      assertThat(sample("type: string\nformat: " + format)).isEqualTo("\"" + expected + "\"");
    }

    @Test
    void sample_minLength_repeatsString() {
      assertThat(sample("type: string\nminLength: 10")).isEqualTo("\"stringstri\"");
    }

    @Test
    void sample_maxLength_cutsString() {
      assertThat(sample("type: string\nmaxLength: 3")).isEqualTo("\"str\"");
    }

    @Test
    void sample_pattern_isIgnored() {
      assertThat(sample("type: string\npattern: '^[A-Z]{3}$'")).isEqualTo("\"string\"");
    }

    @Test
    void sample_nullable_isIgnored() {
      assertThat(sample("type: string\nnullable: true")).isEqualTo("\"string\"");
    }
  }

  @Nested
  class Numbers {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "type: integer | 0",
          "type: integer\\nminimum: 100 | 100",
          "type: number\\nminimum: 10.5 | 10.5",
          "type: integer\\nmaximum: 7 | 7",
          "type: integer\\nminimum: 5\\nexclusiveMinimum: true | 6",
          "type: integer\\nformat: int32 | -2147483648",
          "type: integer\\nformat: int64 | -9007199254740991",
          "type: number\\nformat: float | -3.402823669209385E+38",
          "type: number\\nformat: double | -1.7976931348623157E+308",
          "type: integer\\nformat: int32\\nminimum: 1 | 1",
          "type: integer\\nformat: int32\\nmaximum: 10 | -2147483648",
          "type: boolean | true"
        })
    void sample_bounds_followPrismOrder(String schema, String expected) {
      assertThat(sample(schema.replace("\\n", "\n"))).isEqualTo(expected);
    }
  }

  @Nested
  class Containers {
    @Test
    void sample_object_keepsAllPropertiesInDeclarationOrder() {
      assertThat(
              sample(
                  "type: object\n"
                      + "required: [b]\n"
                      + "properties:\n"
                      + "  z: {type: string, readOnly: true}\n"
                      + "  b: {type: integer}"))
          .isEqualTo("{\"z\":\"string\",\"b\":0}");
    }

    @Test
    void sample_additionalProperties_addsTwo() {
      assertThat(sample("type: object\nadditionalProperties: {type: integer}"))
          .isEqualTo("{\"property1\":0,\"property2\":0}");
    }

    @Test
    void sample_array_hasMinItemsOrOne() {
      assertThat(sample("type: array\nitems: {type: integer}")).isEqualTo("[0]");
      assertThat(sample("type: array\nminItems: 3\nitems: {type: integer}")).isEqualTo("[0,0,0]");
    }

    @Test
    void sample_recursiveSchema_isExpandedTwiceAsInPrism() {
      assertThat(
              sample(
                  "$ref: '#/components/schemas/Node'",
                  "    Node:\n"
                      + "      type: object\n"
                      + "      properties:\n"
                      + "        child: {$ref: '#/components/schemas/Node'}\n"))
          .isEqualTo("{\"child\":{\"child\":{}}}");
    }

    @Test
    void sample_recursiveArrayItems_endInAnEmptyObject() {
      assertThat(
              sample(
                  "$ref: '#/components/schemas/Expr'",
                  "    Expr:\n"
                      + "      type: object\n"
                      + "      properties:\n"
                      + "        op: {type: string}\n"
                      + "        nodes: {type: array, items: {$ref:"
                      + " '#/components/schemas/Expr'}}\n"))
          .isEqualTo("{\"op\":\"string\",\"nodes\":[{\"op\":\"string\",\"nodes\":[{}]}]}");
    }

    @Test
    void sample_propertiesWithoutType_areNull() {
      assertThat(
              sample(
                  "type: object\n"
                      + "properties:\n"
                      + "  any: {}\n"
                      + "  maybe: {nullable: true, description: d}\n"
                      + "  n: {type: integer}"))
          .isEqualTo("{\"any\":null,\"maybe\":null,\"n\":0}");
    }

    @Test
    void sample_additionalPropertiesWithoutType_areTwoNulls() {
      assertThat(sample("type: object\nadditionalProperties: {}"))
          .isEqualTo("{\"property1\":null,\"property2\":null}");
    }

    @Test
    void sample_schemaWithoutTypeOnItsOwn_givesNoBody() {
      assertThat(sample("description: anything")).isEqualTo("<none>");
    }

    @Test
    void sample_overBudget_isEmpty() {
      String yaml =
          TestSpecs.withPaths(
                  "  /x:\n    get:\n      responses:\n        '200': {description: ok}\n")
              + "components:\n"
              + "  schemas:\n"
              + "    S:\n"
              + "      type: array\n"
              + "      minItems: 50\n"
              + "      items:\n"
              + "        type: array\n"
              + "        minItems: 50\n"
              + "        items: {type: integer}\n";
      OpenAPI api = TestSpecs.parse(yaml);
      assertThat(
              new SchemaSampler(api, new Refs(api), 100)
                  .sample(api.getComponents().getSchemas().get("S")))
          .isEmpty();
    }
  }
}
