package dev.paycontract.mock.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.negotiation.ExampleSelector;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Serves the bundled specs ({@code ../specs}, one folder per provider) and checks that every
 * operation, called with a valid request built from the spec's own examples, answers with its
 * lowest 2xx response and the first documented example of its JSON media type.
 */
class BundledSpecsEndToEndTest {

  private static final Path SPECS = Path.of("../specs");
  private static MockServer server;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyOperationAnswersItsFirstExample() {
    Assumptions.assumeTrue(Files.isDirectory(SPECS), "no bundled specs folder yet");
    server = MockServer.builder().spec(SPECS).port(0).build().start();
    List<DynamicTest> tests = new ArrayList<>();
    for (LoadedSpec spec : server.specs()) {
      for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
        path.getValue()
            .readOperationsMap()
            .forEach(
                (method, op) ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            method + " " + path.getKey() + " (" + spec.file().getFileName() + ")",
                            () ->
                                check(
                                    spec.openApi(),
                                    method.name(),
                                    path.getKey(),
                                    path.getValue(),
                                    op))));
      }
    }
    assertThat(tests).as("operations in %s", SPECS).isNotEmpty();
    return tests.stream();
  }

  private static void check(
      OpenAPI api, String method, String template, PathItem item, Operation op) throws Exception {
    Refs refs = new Refs(api);
    SchemaSampler sampler = new SchemaSampler(api, refs);
    List<Parameter> params = new ArrayList<>();
    if (item.getParameters() != null) {
      params.addAll(item.getParameters());
    }
    if (op.getParameters() != null) {
      params.addAll(op.getParameters());
    }
    String path = template;
    StringBuilder query = new StringBuilder();
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(10));
    for (Parameter p : params) {
      String value = paramValue(p, sampler);
      switch (p.getIn()) {
        case "path" ->
            path =
                path.replace(
                    "{" + p.getName() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
        case "query" -> {
          if (Boolean.TRUE.equals(p.getRequired())) {
            query
                .append(query.isEmpty() ? "?" : "&")
                .append(p.getName())
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        }
        case "header" -> {
          if (Boolean.TRUE.equals(p.getRequired())) {
            request.header(p.getName(), value);
          }
        }
        default -> {}
      }
    }
    addCredentials(api, op, request);
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
      var media = op.getRequestBody().getContent().entrySet().iterator().next();
      JsonNode example =
          ExampleSelector.examples(media.getValue(), refs).values().stream()
              .findFirst()
              .orElseGet(() -> sampler.sample(media.getValue().getSchema()).orElseThrow());
      request.header("Content-Type", media.getKey());
      body = HttpRequest.BodyPublishers.ofByteArray(Json.bytes(example));
    }
    HttpResponse<String> response =
        CLIENT.send(
            request.uri(URI.create(server.baseUrl() + path + query)).method(method, body).build(),
            HttpResponse.BodyHandlers.ofString());

    Map.Entry<String, ApiResponse> expected =
        op.getResponses().entrySet().stream()
            .filter(e -> e.getKey().startsWith("2"))
            .min(Map.Entry.comparingByKey())
            .orElseThrow();
    assertThat(response.statusCode())
        .as("status; body: %s", response.body())
        .isEqualTo(Integer.parseInt(expected.getKey()));
    if (expected.getValue().getContent() == null) {
      assertThat(response.body()).isEmpty();
      return;
    }
    MediaType json = expected.getValue().getContent().get("application/json");
    JsonNode firstExample = ExampleSelector.examples(json, refs).values().iterator().next();
    assertThat(Json.MAPPER.readTree(response.body())).isEqualTo(firstExample);
  }

  private static String paramValue(Parameter p, SchemaSampler sampler) {
    if (p.getExample() != null) {
      return Json.toNode(p.getExample()).asText();
    }
    if (p.getExamples() != null && !p.getExamples().isEmpty()) {
      return Json.toNode(p.getExamples().values().iterator().next().getValue()).asText();
    }
    return sampler.sample(p.getSchema(), p.getName()).map(JsonNode::asText).orElse("x");
  }

  private static void addCredentials(OpenAPI api, Operation op, HttpRequest.Builder request) {
    List<SecurityRequirement> security = op.getSecurity();
    if (security == null || security.isEmpty()) {
      return;
    }
    for (String name : security.get(0).keySet()) {
      SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(name);
      switch (scheme.getType()) {
        case APIKEY -> request.header(scheme.getName(), "test-key-0123456789");
        case HTTP ->
            request.header(
                "Authorization",
                "basic".equalsIgnoreCase(scheme.getScheme())
                    ? "Basic dXNlcjpwYXNz"
                    : "Bearer test-token");
        default -> request.header("Authorization", "Bearer test-token");
      }
    }
  }
}
