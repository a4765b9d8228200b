package dev.paycontract.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.SpecSource;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.routing.Router;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps each static response once it has been assembled and validated, and nothing
 * request-dependent.
 */
class StaticResponsesTest {

  private static final Path SPEC =
      Path.of("src/test/resources/engine/api-with-invalid-examples.yaml");

  private static List<LoadedSpec> specs() {
    return new SpecLoader(false).load(List.of(new SpecSource(SPEC, "")));
  }

  private static MockEngine engine(MockOptions options) {
    return new MockEngine(specs(), options, e -> {});
  }

  private static MockRequest get(String path, String... headers) {
    return new MockRequest("GET", path, Map.of(), headers(headers), null);
  }

  private static MockRequest post(String path, String body, String... headers) {
    Map<String, List<String>> h = headers(headers);
    h.put("content-type", List.of("application/json"));
    return new MockRequest("POST", path, Map.of(), h, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> headers(String... nameValues) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      h.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return h;
  }

  /** The sl-violations value a fresh validation of {@code response} gives, without any engine. */
  private static String freshViolations(String method, String path, MockResponse response)
      throws Exception {
    List<LoadedSpec> specs = specs();
    RoutedOperation op =
        ((Outcome.Ok<RoutedOperation>) new Router(specs).route(method, path, null)).value();
    JsonNode produced = Json.MAPPER.readTree(response.body());
    List<Violation> findings =
        new ResponseValidator(specs.get(0))
            .validate(op, response, produced).stream().map(v -> v.prefixed("response")).toList();
    return ViolationsHeader.value(findings);
  }

  @Test
  void handle_invalidExampleServedTwice_keptViolationsEqualAFreshValidation() throws Exception {
    MockEngine engine = engine(MockOptions.defaults());

    MockResponse first = engine.handle(get("/widgets"));
    MockResponse second = engine.handle(get("/widgets"));

    assertThat(engine.staticResponsesKept()).isEqualTo(1);
    assertThat(second.header("sl-violations"))
        .isEqualTo(first.header("sl-violations"))
        .isEqualTo(freshViolations("GET", "/widgets", second))
        .contains("\"code\":\"required\"", "\"code\":\"minimum\"");
    assertThat(second.headers()).isEqualTo(first.headers());
    assertThat(second.body())
        .isEqualTo(first.body())
        .isEqualTo("{\"size\":0}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void handle_servedResponse_hasItsOwnBodyArrayAndHeaderMap() {
    MockEngine engine = engine(MockOptions.defaults());
    MockResponse first = engine.handle(get("/widgets"));

    first.body()[0] = 'X';
    first.headers().clear();
    MockResponse second = engine.handle(get("/widgets"));

    assertThat(new String(second.body(), StandardCharsets.UTF_8)).isEqualTo("{\"size\":0}");
    assertThat(second.header("X-Count")).isEqualTo("7");
  }

  @Test
  void handle_preferredExamples_eachKeptApartAndNamed() {
    List<String> examples = new java.util.ArrayList<>();
    MockEngine engine =
        new MockEngine(specs(), MockOptions.defaults(), e -> examples.add(e.example()));

    MockResponse fine = engine.handle(get("/widgets", "prefer", "example=fine"));
    MockResponse broken = engine.handle(get("/widgets"));
    MockResponse fineAgain = engine.handle(get("/widgets", "prefer", "example=fine"));

    assertThat(new String(fine.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\":\"w-1\",\"size\":3}");
    assertThat(fine.header("sl-violations")).isNull();
    assertThat(broken.header("sl-violations")).isNotNull();
    assertThat(fineAgain.body()).isEqualTo(fine.body());
    assertThat(fineAgain.header("sl-violations")).isNull();
    assertThat(examples).containsExactly("fine", "broken", "fine");
    assertThat(engine.staticResponsesKept()).isEqualTo(2);
  }

  @Test
  void handle_requestFindings_areAddedPerRequestToTheKeptResponseFindings() throws Exception {
    MockEngine engine = engine(MockOptions.defaults());

    MockResponse valid = engine.handle(post("/widgets", "{\"size\":2}"));
    MockResponse longName = engine.handle(post("/widgets", "{\"size\":2,\"name\":\"abcdef\"}"));
    MockResponse validAgain = engine.handle(post("/widgets", "{\"size\":2}"));

    assertThat(valid.status()).isEqualTo(201);
    assertThat(valid.header("sl-violations"))
        .isEqualTo(freshViolations("POST", "/widgets", valid))
        .doesNotContain("\"request\"");
    assertThat(longName.status()).isEqualTo(422);
    assertThat(validAgain.header("sl-violations")).isEqualTo(valid.header("sl-violations"));

    MockResponse tooSmall = engine.handle(post("/widgets", "{\"size\":0}"));
    MockResponse tooLong = engine.handle(post("/widgets", "{\"size\":1,\"name\":\"abcdef\"}"));
    assertThat(tooSmall.body()).isEqualTo(tooLong.body());
    assertThat(tooSmall.header("sl-violations"))
        .contains("\"minimum\"")
        .doesNotContain("\"maxLength\"");
    assertThat(tooLong.header("sl-violations"))
        .contains("\"maxLength\"")
        .doesNotContain("\"minimum\"");
  }

  @Test
  void handle_dynamicBodies_areValidatedPerRequestAndNeverKept() throws Exception {
    MockEngine engine = engine(MockOptions.defaults().withDynamic(true));

    MockResponse seven = engine.handle(get("/widgets", "prefer", "dynamic=true, seed=7"));
    MockResponse eight = engine.handle(get("/widgets", "prefer", "dynamic=true, seed=8"));

    assertThat(seven.body()).isNotEqualTo(eight.body());
    assertThat(seven.header("sl-violations")).isNull();
    assertThat(eight.header("sl-violations")).isNull();
    assertThat(engine.staticResponsesKept()).isZero();
  }

  @Test
  void handle_staticAfterDynamic_keepsOnlyTheStaticOne() {
    MockEngine engine = engine(MockOptions.defaults());

    engine.handle(get("/widgets", "prefer", "dynamic=true"));
    MockResponse example = engine.handle(get("/widgets"));

    assertThat(new String(example.body(), StandardCharsets.UTF_8)).isEqualTo("{\"size\":0}");
    assertThat(engine.staticResponsesKept()).isEqualTo(1);
  }
}
