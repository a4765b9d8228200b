package dev.paycontract.mock.internal.body.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatafakerBodyGeneratorTest {

  private static final Path HARD =
      Path.of("src", "test", "resources", "body", "api-with-hard-cases.yaml");
  private static final Path OAS31 =
      Path.of("src", "test", "resources", "body", "api-31-dynamic.yaml");
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

  private static LoadedSpec load(Path file) {
    return new SpecLoader(false).loadFile(file, "");
  }

  private static Schema<?> component(LoadedSpec spec, String name) {
    return spec.openApi().getComponents().getSchemas().get(name);
  }

  private static JsonNode generate(LoadedSpec spec, String component, long seed) {
    return new DatafakerBodyGenerator(new Refs(spec.openApi()))
        .generate(component(spec, component), new Random(seed));
  }

  /** components.schemas.S of an inline 3.0 spec, generated with the given seed. */
  private static JsonNode generateInline(String schemaYaml, long seed) {
    String yaml =
        TestSpecs.withPaths("  /x:\n    get:\n      responses:\n        '200': {description: ok}\n")
            + "components:\n  schemas:\n    S:\n"
            + schemaYaml.lines().map(l -> "      " + l + "\n").reduce("", String::concat);
    OpenAPI api = TestSpecs.parse(yaml);
    return new DatafakerBodyGenerator(new Refs(api))
        .generate(api.getComponents().getSchemas().get("S"), new Random(seed));
  }

  @Nested
  class Repeatability {

    @Test
    void generate_sameSeedTwoFreshGenerators_giveByteIdenticalBodies() {
      LoadedSpec spec = load(HARD);
      for (long seed : new long[] {1, 42, 7_000_000_000L}) {
        byte[] first = Json.bytes(generate(spec, "Payment", seed));
        byte[] second =
            Json.bytes(
                new DatafakerBodyGenerator(new Refs(load(HARD).openApi()))
                    .generate(component(load(HARD), "Payment"), new Random(seed)));
        assertThat(second).as("seed %d", seed).isEqualTo(first);
      }
    }

    @Test
    void generate_differentSeeds_giveDifferentBodies() {
      LoadedSpec spec = load(HARD);
      Set<String> bodies = new HashSet<>();
      IntStream.rangeClosed(1, 20)
          .forEach(seed -> bodies.add(generate(spec, "Payment", seed).toString()));
      assertThat(bodies).hasSize(20);
    }

    @Test
    void generate_oneCallDrawsOneNumberFromTheRandom_soLaterValuesDoNotDependOnTheSchema() {
      LoadedSpec spec = load(HARD);
      DatafakerBodyGenerator generator = new DatafakerBodyGenerator(new Refs(spec.openApi()));
      Random a = new Random(5);
      Random b = new Random(5);
      generator.generate(component(spec, "Payment"), a);
      generator.generate(component(spec, "Error"), b);
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }

    @Test
    void generate_propertyAddedElsewhere_leavesOtherValuesUnchanged() {
      JsonNode before =
          generateInline(
              "type: object\n"
                  + "properties:\n"
                  + "  email: {type: string, format: email}\n"
                  + "  id: {type: string, format: uuid}\n",
              9);
      JsonNode after =
          generateInline(
              "type: object\n"
                  + "properties:\n"
                  + "  email: {type: string, format: email}\n"
                  + "  extra: {type: integer}\n"
                  + "  id: {type: string, format: uuid}\n",
              9);
      assertThat(after.get("email")).isEqualTo(before.get("email"));
      assertThat(after.get("id")).isEqualTo(before.get("id"));
    }

    @Test
    void generate_unseededRandoms_giveDifferentBodies() {
      LoadedSpec spec = load(HARD);
      DatafakerBodyGenerator generator = new DatafakerBodyGenerator(new Refs(spec.openApi()));
      String one = generator.generate(component(spec, "Payment"), new Random()).toString();
      String two = generator.generate(component(spec, "Payment"), new Random()).toString();
      assertThat(one).isNotEqualTo(two);
    }
  }

  @Nested
  class Realism {

    @Test
    void emailProperty_isASyntacticallyValidAddress() {
      LoadedSpec spec = load(HARD);
      for (int seed = 1; seed <= 50; seed++) {
        String email = generate(spec, "Payment", seed).at("/customer/email").asText();
        assertThat(email).as("seed %d", seed).matches(EMAIL);
      }
    }

    @Test
    void currencyWithThreeLetterPattern_isARealIsoCode() {
      LoadedSpec spec = load(HARD);
      Set<String> iso = new HashSet<>();
      Currency.getAvailableCurrencies().forEach(c -> iso.add(c.getCurrencyCode()));
      for (int seed = 1; seed <= 50; seed++) {
        assertThat(generate(spec, "Payment", seed).get("currency").asText())
            .as("seed %d", seed)
            .isIn(iso);
      }
    }

    @Test
    void countryCodeWithTwoLetterPattern_isAnIsoAlpha2Country() {
      LoadedSpec spec = load(HARD);
      Set<String> countries = Set.of(Locale.getISOCountries());
      for (int seed = 1; seed <= 50; seed++) {
        JsonNode address = generate(spec, "Payment", seed).get("billing_address");
        assertThat(address.get("country_code").asText()).as("seed %d", seed).isIn(countries);
      }
    }

    @Test
    void namesCitiesAndPostalCodes_lookLikeTheRealThing() {
      JsonNode body = generate(load(HARD), "Payment", 3);
      assertThat(body.at("/customer/first_name").asText()).matches("[A-Z][A-Za-z' -]+");
      assertThat(body.at("/customer/lastName").asText()).matches("[A-Z][A-Za-z' -]+");
      assertThat(body.at("/billing_address/postal_code").asText()).matches("\\d{5}(-\\d{4})?");
      assertThat(body.at("/billing_address/street").asText()).matches("\\d+ .+");
      assertThat(body.at("/customer/website").asText()).startsWith("https://");
    }

    @Test
    void amountWithoutBounds_isAPlausibleMoneyValue() {
      for (int seed = 1; seed <= 50; seed++) {
        JsonNode body =
            generateInline(
                "type: object\n"
                    + "properties:\n"
                    + "  amount: {type: number}\n"
                    + "  amount_in_cents: {type: integer}\n",
                seed);
        assertThat(body.get("amount").decimalValue())
            .isBetween(BigDecimal.ONE, BigDecimal.valueOf(500));
        assertThat(body.get("amount").decimalValue().scale()).isLessThanOrEqualTo(2);
        assertThat(body.get("amount_in_cents").longValue()).isBetween(100L, 50_000L);
      }
    }

    @Test
    void hintThatBreaksTheSchema_isNotUsed() {
      for (int seed = 1; seed <= 30; seed++) {
        JsonNode body =
            generateInline(
                "type: object\n"
                    + "properties:\n"
                    + "  email: {type: string, pattern: '^usr-[0-9]{3}$'}\n"
                    + "  currency: {type: string, maxLength: 2}\n",
                seed);
        assertThat(body.get("email").asText()).matches("usr-[0-9]{3}");
        assertThat(body.get("currency").asText()).hasSizeLessThanOrEqualTo(2);
      }
    }
  }

  @Nested
  class Constraints {

    @Test
    void openApi31_constTypeArraysAndNumericExclusiveBounds_areHonoured() {
      LoadedSpec spec = load(OAS31);
      for (int seed = 1; seed <= 100; seed++) {
        JsonNode order = generate(spec, "Order", seed);
        assertThat(order.get("intent").asText()).isEqualTo("AUTH");
        assertThat(order.get("amount").decimalValue())
            .isGreaterThan(BigDecimal.ZERO)
            .isLessThan(BigDecimal.valueOf(1000));
        assertThat(order.get("amount").decimalValue().remainder(new BigDecimal("0.01"))).isZero();
        assertThat(order.get("quantity").intValue()).isBetween(1, 5);
        assertThat(order.get("reference_id").isTextual()).isTrue();
        assertThat(order.get("reference_id").asText()).hasSizeLessThanOrEqualTo(5);
        assertThat(order.get("note").asText()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(order.get("nothing").isNull()).isTrue();
        assertThat(order.get("currency").asText()).matches("[A-Z]{3}");
        assertThat(order.at("/items/0/sku").asText()).matches("SKU-[0-9]{4}");
      }
    }

    @Test
    void hardCases_boundsPatternsAndItems_areHonoured() {
      LoadedSpec spec = load(HARD);
      for (int seed = 1; seed <= 100; seed++) {
        JsonNode p = generate(spec, "Payment", seed);
        assertThat(p.get("amount").decimalValue()).isGreaterThan(BigDecimal.ZERO);
        assertThat(p.get("tags")).hasSizeBetween(3, 4);
        Set<JsonNode> distinct = new HashSet<>();
        p.get("tags").forEach(distinct::add);
        assertThat(distinct).hasSize(p.get("tags").size());
        assertThat(p.get("scores")).isEmpty();
        assertThat(p.get("odd_step").intValue() % 7).isZero();
        assertThat(p.get("tiny").decimalValue())
            .isGreaterThan(new BigDecimal("0.001"))
            .isLessThan(new BigDecimal("0.002"));
        assertThat(p.has("card_token")).as("writeOnly left out of responses").isFalse();
        assertThat(p.get("ref_code").asText()).matches("REF-[0-9]{6}");
        p.get("fractions")
            .forEach(f -> assertThat(f.decimalValue()).isLessThan(new BigDecimal("0.05")));
      }
    }

    @Test
    void recursiveRef_isBoundedAndRequiredFieldsStayPresent() {
      JsonNode tree = generate(load(HARD), "Category", 11);
      assertThat(tree.toString().length()).isLessThan(20_000);
      assertThat(tree.has("name")).isTrue();
      assertThat(tree.get("children").get(0).has("children"))
          .as("one level of recursion only")
          .isFalse();
    }

    @Test
    void oneOf_eachBranchIsChosenForSomeSeed() {
      LoadedSpec spec = load(HARD);
      Set<String> shapes = new HashSet<>();
      for (int seed = 1; seed <= 60; seed++) {
        JsonNode payload = generate(spec, "Event", seed).get("payload");
        shapes.add(payload.isIntegralNumber() ? "int" : payload.fieldNames().next());
      }
      assertThat(shapes).containsExactlyInAnyOrder("card_last4", "iban", "int");
    }

    @Test
    void optionalProperties_areAllPresent_andNoPropertiesAreInvented() {
      JsonNode body =
          generateInline(
              "type: object\n"
                  + "properties:\n"
                  + "  a: {type: string}\n"
                  + "  b: {type: integer}\n"
                  + "  c: {type: boolean}\n",
              1);
      assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("a", "b", "c");
    }

    @Test
    void responseHeaderWithSchema_getsAValueOfThatSchema() {
      LoadedSpec spec = load(HARD);
      DatafakerBodyGenerator generator = new DatafakerBodyGenerator(new Refs(spec.openApi()));
      var headers =
          spec.openApi()
              .getPaths()
              .get("/payments/{id}")
              .getGet()
              .getResponses()
              .get("200")
              .getHeaders();
      assertThat(
              generator
                  .generate(headers.get("X-Request-Id").getSchema(), new Random(1), "X-Request-Id")
                  .asText())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(
              generator
                  .generate(
                      headers.get("X-Rate-Limit-Remaining").getSchema(),
                      new Random(1),
                      "X-Rate-Limit-Remaining")
                  .intValue())
          .isBetween(0, 100);
    }
  }

  @Test
  void propertyCheckHarness_reportsABodyThatBreaksItsSchema() {
    // the validator used by GeneratedBodiesValidateTest must be able to fail
    LoadedSpec spec = load(HARD);
    PathItem item = spec.openApi().getPaths().get("/payments/{id}");
    RoutedOperation routed =
        new RoutedOperation(
            spec, "/payments/{id}", PathItem.HttpMethod.GET, item.getGet(), Map.of());
    com.fasterxml.jackson.databind.node.ObjectNode body =
        (com.fasterxml.jackson.databind.node.ObjectNode) generate(spec, "Payment", 1);
    body.put("currency", "usd");
    MockResponse response =
        new MockResponse(
            200, Map.of("Content-type", List.of("application/json")), Json.bytes(body));
    assertThat(new ResponseValidator(spec).validate(routed, response, body))
        .anySatisfy(v -> assertThat(v.location()).contains("currency"));
  }
}
