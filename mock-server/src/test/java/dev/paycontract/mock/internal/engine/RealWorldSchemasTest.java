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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes found in public vendor specs that the corpus differential met (issue 11). */
class RealWorldSchemasTest {

  @TempDir Path dir;

  private MockEngine engine(String yaml, MockOptions options) throws Exception {
    Path file = dir.resolve("api.yaml");
    Files.writeString(file, yaml);
    return new MockEngine(new SpecLoader(false).load(List.of(SpecSource.of(file))), options);
  }

  private static MockRequest get(String path) {
    return new MockRequest("GET", path, Map.of(), Map.of(), new byte[0]);
  }

  private static MockRequest postJson(String path, String body) {
    return new MockRequest(
        "POST",
        path,
        Map.of(),
        Map.of("content-type", List.of("application/json")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(MockResponse r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  private static final String CIRCULAR =
      """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /a:
          get:
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/A'}
      components:
        schemas:
          A:
            type: object
            properties:
              name: {type: string}
              b: {$ref: '#/components/schemas/B'}
          B:
            type: object
            properties:
              id: {type: integer}
              a: {$ref: '#/components/schemas/A'}
      """;

  @Test
  void handle_circularRefsStatic_servesAFiniteBodyWithoutViolations() throws Exception {
    MockResponse r = engine(CIRCULAR, MockOptions.defaults()).handle(get("/a"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(json(r).path("b").path("a").path("name").asText()).isEqualTo("string");
    assertThat(r.header("sl-violations")).isNull();
  }

  @Test
  void handle_circularRefsDynamic_servesABodyInsteadOfAStackOverflow() throws Exception {
    MockResponse r =
        engine(CIRCULAR, MockOptions.defaults().withDynamic(true).withSeed("1")).handle(get("/a"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(json(r).isObject()).isTrue();
  }

  private static final String REQUIRED_CHILD =
      """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /nodes:
          get:
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Node'}
      components:
        schemas:
          Node:
            type: object
            required: [child]
            properties:
              child: {$ref: '#/components/schemas/Node'}
              aliasOfSelf:
                allOf: [{$ref: '#/components/schemas/Node'}]
      """;

  /** No finite JSON satisfies a schema whose required property is itself: the cut is reported. */
  @Test
  void handle_requiredRecursiveChild_servesTheCutBodyAndNamesTheViolation() throws Exception {
    for (MockOptions options :
        List.of(MockOptions.defaults(), MockOptions.defaults().withDynamic(true).withSeed("7"))) {
      MockResponse r = engine(REQUIRED_CHILD, options).handle(get("/nodes"));

      assertThat(r.status()).isEqualTo(200);
      assertThat(json(r).has("child")).isTrue();
    }
  }

  @Test
  void handle_nullableInA31Document_acceptsNullAsPrismDoes() throws Exception {
    MockEngine engine =
        engine(
            """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /things:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            note: {type: string, nullable: true}
                  responses:
                    '204': {description: done}
            """,
            MockOptions.defaults());

    assertThat(engine.handle(postJson("/things", "{\"note\":null}")).status()).isEqualTo(204);
    assertThat(engine.handle(postJson("/things", "{\"note\":1}")).status()).isEqualTo(422);
  }

  private static final String WILDCARD_ERRORS =
      """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /settings:
          get:
            parameters:
              - {name: tenantID, in: query, schema: {type: integer}}
            responses:
              '200':
                description: ok
                content:
                  '*/*':
                    schema: {type: string, example: fine}
              '400':
                description: bad
                content:
                  '*/*':
                    schema:
                      type: object
                      properties:
                        message: {type: string}
      """;

  @Test
  void handle_invalidRequestWithWildcardObjectError_isPrismsSerializerProblemWithFindings()
      throws Exception {
    // Kibo order routing (springdoc output: every response under */*): Prism's error path does
    // not negotiate, finds no serializer for an object under */*, and keeps the request findings.
    MockResponse r =
        engine(WILDCARD_ERRORS, MockOptions.defaults())
            .handle(
                new MockRequest(
                    "GET", "/settings", Map.of("tenantID", List.of("x")), Map.of(), new byte[0]));

    assertThat(r.status()).isEqualTo(500);
    assertThat(json(r).path("type").asText()).endsWith("#UNKNOWN");
    assertThat(json(r).path("detail").asText()).isEqualTo("Cannot find serializer for */*");
    assertThat(r.header("sl-violations")).contains("tenantid");
  }

  @Test
  void handle_validRequestWithWildcard_isStillTextPlain() throws Exception {
    MockResponse r =
        engine(WILDCARD_ERRORS, MockOptions.defaults())
            .handle(
                new MockRequest(
                    "GET", "/settings", Map.of("tenantID", List.of("1")), Map.of(), new byte[0]));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("text/plain");
  }
}
