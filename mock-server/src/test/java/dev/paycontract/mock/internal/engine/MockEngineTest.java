package dev.paycontract.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.SpecSource;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.spec.SpecLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine without sockets: request record in, response record out. */
class MockEngineTest {

  private static final Path SPEC =
      Path.of("src/test/resources/engine/api-with-error-responses.yaml");

  private static MockEngine engine(MockOptions options, String mount) {
    return new MockEngine(
        new SpecLoader(false).load(List.of(new SpecSource(SPEC, mount))), options);
  }

  private static MockRequest post(String path, String body, String... headers) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("content-type", List.of("application/json"));
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], List.of(headers[i + 1]));
    }
    return new MockRequest("POST", path, Map.of(), h, body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(MockResponse r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Nested
  class InvalidRequest {
    private final MockEngine engine = engine(MockOptions.defaults(), "");

    @Test
    void handle_invalidBody_servesSpec422FirstExampleWithViolations() throws Exception {
      MockResponse r = engine.handle(post("/orders", "{\"amount\":0}"));
      assertThat(r.status()).isEqualTo(422);
      assertThat(json(r).get("error").asText()).isEqualTo("bad-amount");
      JsonNode violations = Json.MAPPER.readTree(r.header("sl-violations"));
      assertThat(violations.get(0).get("location").get(0).asText()).isEqualTo("request");
      assertThat(violations.get(0).get("code").asText()).isEqualTo("minimum");
    }

    @Test
    void handle_invalidBodyWithPreferredErrorExample_servesIt() throws Exception {
      MockResponse r =
          engine.handle(
              post("/orders", "{\"amount\":0}", "prefer", "code=422, example=badCurrency"));
      assertThat(json(r).get("error").asText()).isEqualTo("bad-currency");
    }

    @Test
    void handle_invalidBodyWithUnrelatedPreferredCode_keepsValidationResponse() {
      MockResponse r = engine.handle(post("/orders", "{\"amount\":0}", "prefer", "code=201"));
      assertThat(r.status()).isEqualTo(422);
    }
  }

  @Nested
  class Bodies {
    @Test
    void handle_malformedJson_answers400BeforeRouting() throws Exception {
      MockResponse r = engine(MockOptions.defaults(), "").handle(post("/nowhere", "{\"a\":"));
      assertThat(r.status()).isEqualTo(400);
      assertThat(json(r).get("type").asText()).endsWith("#INVALID_JSON");
      assertThat(json(r).get("detail").asText()).contains("line 1, column");
    }

    @Test
    void handle_ignoreExamples_servesStaticSample() throws Exception {
      MockResponse r =
          engine(MockOptions.defaults().withIgnoreExamples(true), "")
              .handle(post("/orders", "{\"amount\":5}"));
      assertThat(r.status()).isEqualTo(201);
      assertThat(json(r).get("id").asText()).isEqualTo("497f6eca-6276-4993-bfeb-53cbbbba6f08");
    }

    @Test
    void handle_dynamicWithSeed_isRepeatableAndValid() throws Exception {
      MockEngine engine = engine(MockOptions.defaults().withDynamic(true).withSeed("42"), "");
      MockResponse first = engine.handle(post("/orders", "{\"amount\":5}"));
      MockResponse second = engine.handle(post("/orders", "{\"amount\":5}"));
      assertThat(first.body()).isEqualTo(second.body());
      assertThat(json(first).get("amount").asInt()).isBetween(1, 500);
      assertThat(json(first).get("tags").size()).isBetween(2, 4);
      assertThat(first.header("sl-violations"))
          .as("dynamic body must be valid: %s", new String(first.body(), StandardCharsets.UTF_8))
          .isNull();
    }

    @Test
    void handle_preferDynamicFalse_servesExample() throws Exception {
      MockEngine engine = engine(MockOptions.defaults().withDynamic(true), "");
      MockResponse r = engine.handle(post("/orders", "{\"amount\":5}", "prefer", "dynamic=false"));
      assertThat(json(r).get("code").asText()).isEqualTo("AB-1234");
    }

    @Test
    void handle_declaredHead_sendsHeadersWithoutBody() {
      MockResponse r =
          engine(MockOptions.defaults(), "")
              .handle(new MockRequest("HEAD", "/things", null, null, null));
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("X-Count")).isEqualTo("7");
      assertThat(r.header("content-type")).isNull();
      assertThat(r.body()).isEmpty();
    }
  }

  @Test
  void handle_mountedSpec_validatesAgainstUnprefixedPath() {
    MockEngine engine = engine(MockOptions.defaults(), "/acme");
    assertThat(engine.handle(post("/acme/orders", "{\"amount\":5}")).status()).isEqualTo(201);
    assertThat(engine.handle(post("/orders", "{\"amount\":5}")).status()).isEqualTo(404);
  }
}
