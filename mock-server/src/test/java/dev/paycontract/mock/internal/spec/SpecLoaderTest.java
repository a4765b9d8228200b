package dev.paycontract.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycontract.mock.api.SpecLoadException;
import dev.paycontract.mock.api.SpecSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpecLoaderTest {

  private static final Path DIR = Path.of("src/test/resources/spec-loading");
  private final SpecLoader loader = new SpecLoader(false);

  private List<LoadedSpec> load(SpecSource... sources) {
    return loader.load(List.of(sources));
  }

  @Nested
  class Success {
    @Test
    void load_file_copiesRootSecurityIntoOperationsWithoutOwn() {
      LoadedSpec spec = load(SpecSource.of(DIR.resolve("api-minimal.yaml"))).get(0);
      var paths = spec.openApi().getPaths();
      assertThat(paths.get("/orders/{orderId}").getGet().getSecurity()).hasSize(1);
      assertThat(paths.get("/health").getGet().getSecurity()).isEmpty();
    }

    /**
     * A 3.1 document with local refs only skips Swagger Parser's resolve step (half of a 3.1
     * start-up); the model is the one resolving gives: refs kept, path-level parameters in place.
     */
    @Test
    void load_openApi31WithLocalRefsOnly_givesTheResolvedModel(
        @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
      String yaml =
          """
          openapi: 3.1.0
          info: {title: local refs, version: '1'}
          paths:
            /a/{id}:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              get:
                parameters:
                  - $ref: '#/components/parameters/Q'
                responses:
                  '200':
                    description: ok
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/S'}
          components:
            parameters:
              Q: {name: q, in: query, schema: {type: [integer, 'null']}}
            schemas:
              S: {type: object, properties: {a: {$ref: '#/components/schemas/T'}}}
              T: {type: string}
          """;
      Path file = dir.resolve("local.yaml");
      java.nio.file.Files.writeString(file, yaml);

      var api = load(SpecSource.of(file)).get(0).openApi();

      var item = api.getPaths().get("/a/{id}");
      assertThat(item.getParameters()).extracting("name").containsExactly("id");
      assertThat(item.getGet().getParameters()).extracting("name").containsExactly("q");
      assertThat(
              item.getGet()
                  .getResponses()
                  .get("200")
                  .getContent()
                  .get("application/json")
                  .getSchema()
                  .get$ref())
          .isEqualTo("#/components/schemas/S");
    }

    /** A 3.1 document that names another file still resolves: the fragment's schema is there. */
    @Test
    void load_openApi31WithFileRef_resolvesTheFragment() {
      var api = load(SpecSource.of(DIR.resolve("split-31/api-31-split.yaml"))).get(0).openApi();

      var schema =
          api.getPaths()
              .get("/things")
              .getGet()
              .getResponses()
              .get("200")
              .getContent()
              .get("application/json")
              .getSchema();
      // Swagger Parser's 3.1 resolver puts another file's schema in place of the $ref
      assertThat(schema.get$ref()).isNull();
      assertThat(schema.getRequired()).containsExactly("id");
    }

    @Test
    void declaresOpenApi31_readsTheTopLevelVersionOnly(@org.junit.jupiter.api.io.TempDir Path dir)
        throws Exception {
      assertThat(declares(dir, "a.yaml", "openapi: 3.1.0\ninfo: {}\n")).isTrue();
      assertThat(declares(dir, "b.yaml", "'openapi': '3.1.1'\n")).isTrue();
      assertThat(declares(dir, "c.json", "{\n  \"openapi\" : \"3.1.0\"\n}")).isTrue();
      assertThat(declares(dir, "d.json", "{\"openapi\":\"3.1.0\",\"info\":{}}")).isTrue();
      assertThat(declares(dir, "e.yaml", "openapi: 3.0.3\n")).isFalse();
      assertThat(
              declares(
                  dir, "f.yaml", "openapi: 3.0.3\ninfo:\n  description: |\n    openapi: 3.1.0\n"))
          .isFalse();
    }

    private static boolean declares(Path dir, String name, String text) throws Exception {
      Path file = dir.resolve(name);
      java.nio.file.Files.writeString(file, text);
      return SpecLoader.declaresOpenApi31(java.nio.file.Files.readString(file));
    }

    /** Public specs reach 6-15 MB; SnakeYAML's default refuses YAML over 3 MB of code points. */
    @Test
    void load_yamlSpecOverFiveMegabytes_loads(@org.junit.jupiter.api.io.TempDir Path dir)
        throws Exception {
      StringBuilder yaml =
          new StringBuilder("openapi: 3.0.3\ninfo: {title: large, version: '1'}\npaths:\n");
      String description = "x".repeat(2_000);
      int paths = 0;
      for (; yaml.length() < 5_500_000; paths++) {
        yaml.append("  /things/")
            .append(paths)
            .append(":\n    get:\n      description: ")
            .append(description)
            .append("\n      responses:\n        '200': {description: ok}\n");
      }
      Path file = dir.resolve("large.yaml");
      java.nio.file.Files.writeString(file, yaml);

      LoadedSpec spec = load(SpecSource.of(file)).get(0);

      assertThat(spec.openApi().getPaths()).hasSize(paths);
    }

    @Test
    void load_componentRefs_areReplacedByTheComponents() {
      LoadedSpec spec =
          load(SpecSource.of(
                  Path.of("src/test/resources/golden/05-validation/api-with-component-refs.yaml")))
              .get(0);
      var components = spec.openApi().getComponents();
      var post = spec.openApi().getPaths().get("/orders/{order_id}/refunds").getPost();
      // the parser moves path-level parameters into the operation
      assertThat(post.getParameters())
          .containsExactlyInAnyOrder(
              components.getParameters().get("OrderId"),
              components.getParameters().get("RequestId"));
      assertThat(post.getRequestBody()).isSameAs(components.getRequestBodies().get("Refund"));
      assertThat(post.getResponses().get("400"))
          .isSameAs(components.getResponses().get("BadRequest"));
      // a response that is itself a $ref is followed to the end
      assertThat(post.getResponses().get("422")).isSameAs(components.getResponses().get("Invalid"));
      assertThat(post.getResponses().get("422").getContent()).containsKey("application/json");
      var created = post.getResponses().get("201");
      assertThat(created.getHeaders().get("Location"))
          .isSameAs(components.getHeaders().get("Location"));
      assertThat(created.getContent().get("application/json").getExamples().get("full"))
          .isSameAs(components.getExamples().get("FullRefund"));
      // schema $refs stay: the validators follow them (no resolveFully, gotcha G6)
      assertThat(post.getRequestBody().getContent().get("application/json").getSchema().get$ref())
          .isEqualTo("#/components/schemas/Refund");
    }

    @Test
    void load_folder_loadsRootDocumentsAndSkipsFragmentsAndTarget() {
      List<LoadedSpec> specs = load(SpecSource.of(DIR.resolve("folder")));
      assertThat(specs)
          .extracting(s -> s.file().getFileName().toString())
          .containsExactly("api-root.yaml");
      assertThat(specs.get(0).openApi().getPaths()).containsKey("/things");
      // The relative-file $ref was pulled in as a component.
      assertThat(specs.get(0).openApi().getComponents().getSchemas()).containsKey("Thing");
    }

    @Test
    void load_mountedDuplicate_isAllowed() {
      List<LoadedSpec> specs =
          load(
              SpecSource.of(DIR.resolve("api-minimal.yaml")),
              new SpecSource(DIR.resolve("api-duplicate-route.yaml"), "/other"));
      assertThat(specs).extracting(LoadedSpec::mountPrefix).containsExactly("", "/other");
    }
  }

  @Nested
  class Failures {
    @Test
    void load_swagger2Document_isRefusedByNameWithTheWayOut() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-swagger-2.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-swagger-2.yaml")
          .hasMessageContaining("Swagger 2.0 document")
          .hasMessageContaining("swagger2openapi")
          .hasMessageNotContaining("attribute openapi is missing");
    }

    @Test
    void load_yamlSyntaxError_namesFileAndLine() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-broken-yaml.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-broken-yaml.yaml")
          .hasMessageContaining("line 4")
          .hasMessageNotContaining("\n");
    }

    @Test
    void load_unexpectedAndRepeatedAttributes_areServedLikePrism(
        @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
      // PayPal's disputes spec: an enum on a parameter object (belongs in its schema) and a tag
      // listed twice. The parser drops the first and the second changes nothing served.
      Path file = dir.resolve("api-lenient.yaml");
      java.nio.file.Files.writeString(
          file,
          """
          openapi: 3.0.3
          info: { title: t, version: '1' }
          tags:
            - name: a
            - name: a
          paths:
            /items:
              get:
                parameters:
                  - name: state
                    in: query
                    enum: [open, closed]
                    schema: { type: string }
                responses:
                  '200': { description: ok }
          """);
      assertThat(load(SpecSource.of(file)))
          .singleElement()
          .satisfies(s -> assertThat(s.openApi().getPaths()).containsKey("/items"));
    }

    @Test
    void load_enumItemAndDefaultThatAreNoDateTime_areServedLikePrism(
        @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
      // Swagger Parser reports "enum=`soon` is not of type `date-time`" and drops the value; Prism
      // serves the spec.
      Path file = dir.resolve("api-loose-dates.yaml");
      java.nio.file.Files.writeString(
          file,
          """
          openapi: 3.0.3
          info: { title: t, version: '1' }
          paths:
            /items:
              get:
                parameters:
                  - name: when
                    in: query
                    schema:
                      type: string
                      format: date-time
                      enum: ['2017-07-12T00:00:00+00:00', soon]
                      default: later
                responses:
                  '200': { description: ok }
          """);
      assertThat(load(SpecSource.of(file)))
          .singleElement()
          .satisfies(
              s -> {
                var schema =
                    s.openApi()
                        .getPaths()
                        .get("/items")
                        .getGet()
                        .getParameters()
                        .get(0)
                        .getSchema();
                assertThat(schema.getEnum()).hasSize(1);
              });
    }

    @Test
    void load_semanticError_namesFileAndDottedPath() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-missing-description.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-missing-description.yaml")
          .hasMessageContaining("responses.200.description is missing");
    }

    @Test
    void load_danglingResponseRef_namesFileLocationAndRef(
        @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
      Path file = dir.resolve("api-dangling.yaml");
      java.nio.file.Files.writeString(
          file,
          """
          openapi: 3.0.3
          info: { title: t, version: '1' }
          paths:
            /a:
              get:
                responses:
                  '404': { $ref: '#/components/responses/Missing' }
          components:
            responses:
              Other: { description: other }
          """);
      assertThatThrownBy(() -> load(SpecSource.of(file)))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("#/components/responses/Missing");
    }

    @Test
    void load_noOperations_fails() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-no-operations.yaml"))))
          .hasMessage("No operations found in " + DIR.resolve("api-no-operations.yaml"));
    }

    @Test
    void load_swagger2JsonDocument_isRefusedByName(@org.junit.jupiter.api.io.TempDir Path dir)
        throws Exception {
      Path file = dir.resolve("petstore.json");
      java.nio.file.Files.writeString(
          file,
          "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"},"
              + " \"paths\": {\"/pets\": {\"get\": {\"responses\": {\"200\":"
              + " {\"description\": \"ok\"}}}}}}");
      assertThatThrownBy(() -> load(SpecSource.of(file)))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("petstore.json: this is a Swagger 2.0 document")
          .hasMessageContaining("swagger2openapi");
    }

    @Test
    void load_remoteRefInJson_isRefusedWithLine(@org.junit.jupiter.api.io.TempDir Path dir)
        throws Exception {
      Path file = dir.resolve("api.json");
      java.nio.file.Files.writeString(
          file,
          """
          {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
           "paths": {"/a": {"get": {"responses": {"200": {"description": "ok",
             "content": {"application/json": {"schema":
               {"$ref":"http://example.invalid/a.json#/A"}}}}}}}}}
          """);
      assertThatThrownBy(() -> load(SpecSource.of(file)))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api.json: line 4: remote $ref http://example.invalid/a.json")
          .hasMessageContaining("--allow-remote-refs");
    }

    @Test
    void load_remoteRef_isRefusedWithLine() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("api-remote-ref.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("api-remote-ref.yaml: line 12")
          .hasMessageContaining("https://example.invalid/schemas/order.yaml")
          .hasMessageContaining("--allow-remote-refs");
    }

    @Test
    void load_duplicateRouteAcrossSpecs_namesBothFilesAndRoute() {
      assertThatThrownBy(
              () ->
                  load(
                      SpecSource.of(DIR.resolve("api-minimal.yaml")),
                      SpecSource.of(DIR.resolve("api-duplicate-route.yaml"))))
          .isInstanceOf(SpecLoadException.class)
          .hasMessageContaining("GET /orders/{id}")
          .hasMessageContaining("api-minimal.yaml")
          .hasMessageContaining("api-duplicate-route.yaml")
          .hasMessageContaining("--mount");
    }

    @Test
    void load_missingFile_namesIt() {
      assertThatThrownBy(() -> load(SpecSource.of(DIR.resolve("nope.yaml"))))
          .hasMessageContaining("nope.yaml");
    }
  }

  @Test
  void parseMount_prefixAndPath() {
    SpecSource s = SpecSource.parseMount("/acme/=specs/acme.yaml");
    assertThat(s.mountPrefix()).isEqualTo("/acme");
    assertThat(s.path()).isEqualTo(Path.of("specs/acme.yaml"));
    assertThatThrownBy(() -> SpecSource.parseMount("acme.yaml"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
