package dev.paycontract.mock.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.TestSpecs;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterTest {

  private static final String SPEC =
      """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      servers:
        - url: https://example.test/v2
        - url: https://{env}.example.test/{version}
          variables:
            env: {default: sandbox, enum: [sandbox, production]}
            version: {default: v2}
      paths:
        /health:
          get: {responses: {'200': {description: ok}}}
        /items/{id}:
          get: {responses: {'200': {description: templated}}}
        /items/special:
          get: {responses: {'200': {description: concrete}}}
          head: {responses: {'200': {description: head}}}
        /files/{name}.json:
          get: {responses: {'200': {description: partial}}}
      """;

  private final Router router = new Router(List.of(TestSpecs.loaded(SPEC)));

  private RoutedOperation routed(String method, String path) {
    Outcome<RoutedOperation> o = router.route(method, path, null);
    assertThat(o).isInstanceOf(Outcome.Ok.class);
    return ((Outcome.Ok<RoutedOperation>) o).value();
  }

  private Problem failed(String method, String path, String server) {
    Outcome<RoutedOperation> o = router.route(method, path, server);
    assertThat(o).isInstanceOf(Outcome.Failed.class);
    return ((Outcome.Failed<RoutedOperation>) o).problem();
  }

  @Nested
  class Paths {
    @Test
    void route_concretePath_beatsTemplated() {
      assertThat(routed("GET", "/items/special").pathTemplate()).isEqualTo("/items/special");
    }

    @Test
    void route_twoTemplatesMatchingOnePath_lastDeclaredWinsAsInPrism() {
      Router twins =
          new Router(
              List.of(
                  TestSpecs.loaded(
                      """
                      openapi: 3.0.3
                      info: {title: t, version: '1'}
                      paths:
                        /orders/{orderId}/items/{orderItemId}:
                          get: {responses: {'200': {description: first}}}
                        /orders/{orderId}/items/{lineId}:
                          get: {responses: {'200': {description: second}}}
                        /a/{x}/c:
                          get: {responses: {'200': {description: literal last}}}
                        /a/b/{y}:
                          get: {responses: {'200': {description: literal second}}}
                      """)));

      assertThat(
              ((Outcome.Ok<RoutedOperation>) twins.route("GET", "/orders/1/items/2", null))
                  .value()
                  .pathTemplate())
          .isEqualTo("/orders/{orderId}/items/{lineId}");
      assertThat(
              ((Outcome.Ok<RoutedOperation>) twins.route("GET", "/a/b/c", null))
                  .value()
                  .pathTemplate())
          .isEqualTo("/a/b/{y}");
    }

    @Test
    void route_templatedPath_capturesDecodedParam() {
      RoutedOperation op = routed("GET", "/items/%34%32");
      assertThat(op.pathTemplate()).isEqualTo("/items/{id}");
      assertThat(op.pathParams()).containsEntry("id", "42");
    }

    @Test
    void route_partialTemplateSegment_matches() {
      assertThat(routed("GET", "/files/report.json").pathParams()).containsEntry("name", "report");
    }

    @Test
    void route_methodIsCaseInsensitive() {
      assertThat(routed("get", "/health").method().name()).isEqualTo("GET");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/v2/health", "/health/", "/HEALTH", "/items/", "//health", "/"})
    void route_unknownPath_returnsNoPathMatched(String path) {
      Problem p = failed("GET", path, null);
      assertThat(p.type()).isEqualTo(ProblemType.NO_PATH_MATCHED_ERROR);
      assertThat(p.status()).isEqualTo(404);
    }

    @Test
    void route_unknownPath_detailNamesRoute() {
      assertThat(failed("GET", "/v2/health", null).detail())
          .isEqualTo("The route /v2/health hasn't been found in the specification file");
    }
  }

  @Nested
  class Methods {
    @Test
    void route_undeclaredMethod_returnsNoMethodMatched() {
      Problem p = failed("PUT", "/health", null);
      assertThat(p.type()).isEqualTo(ProblemType.NO_METHOD_MATCHED_ERROR);
      assertThat(p.detail())
          .isEqualTo(
              "The route /health has been matched, but it does not have \"put\" method defined");
    }

    @Test
    void route_headOnGetOnlyPath_isNotMappedToGet() {
      assertThat(failed("HEAD", "/health", null).type())
          .isEqualTo(ProblemType.NO_METHOD_MATCHED_ERROR);
    }

    @Test
    void route_declaredHead_isServed() {
      assertThat(routed("HEAD", "/items/special").method().name()).isEqualTo("HEAD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PROPFIND", "QUERY", "BREW"})
    void route_unknownMethodOnKnownPath_returnsNoMethodMatched(String method) {
      assertThat(failed(method, "/health", null).status()).isEqualTo(405);
    }
  }

  @Nested
  class Servers {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "https://example.test/v2",
      "https://production.example.test/v2",
      "https://sandbox.example.test/anything"
    })
    void route_matchingServer_routes(String server) {
      assertThat(router.route("GET", "/health", server)).isInstanceOf(Outcome.Ok.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "https://other.test/v9",
      "https://staging.example.test/v2",
      "https://example.test/v2/extra"
    })
    void route_unmatchedServer_returnsNoServerMatched(String server) {
      Problem p = failed("GET", "/health", server);
      assertThat(p.type()).isEqualTo(ProblemType.NO_SERVER_MATCHED_ERROR);
      assertThat(p.detail())
          .isEqualTo(
              "The server url " + server + " hasn't been matched with any of the provided servers");
    }

    @Test
    void route_serverParamWithoutServers_returnsNoServerConfiguration() {
      Router bare =
          new Router(
              List.of(
                  TestSpecs.loaded(
                      TestSpecs.withPaths(
                          "  /a:\n    get: {responses: {'200': {description: ok}}}\n"))));
      Outcome<RoutedOperation> o = bare.route("GET", "/a", "https://x.test");
      assertThat(((Outcome.Failed<RoutedOperation>) o).problem().type())
          .isEqualTo(ProblemType.NO_SERVER_CONFIGURATION_PROVIDED_ERROR);
    }
  }

  @Test
  void route_mountedSpec_servesUnderPrefixOnly() {
    LoadedSpec spec = new LoadedSpec(Path.of("a.yaml"), TestSpecs.parse(SPEC), "/acme");
    Router mounted = new Router(List.of(spec));
    assertThat(mounted.route("GET", "/acme/health", null)).isInstanceOf(Outcome.Ok.class);
    assertThat(mounted.route("GET", "/health", null)).isInstanceOf(Outcome.Failed.class);
  }
}
