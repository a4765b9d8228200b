package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.mock.MockServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The specs of {@code dev.paycontract:paycontract-specs}, unpacked by the build into {@code
 * target/paycontract-specs}: their list, the mock serving them, and their examples, which the tests
 * send (examples live in the specs only; nothing is copied here).
 */
final class PublishedSpecs {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Path ROOT =
      Path.of(Objects.requireNonNull(System.getProperty("specs.dir"), "system property specs.dir"));
  private static final Map<String, OpenAPI> PARSED = new LinkedHashMap<>();

  private PublishedSpecs() {}

  /** Every spec the artifact lists in {@code paycontract/specs/index.txt}. */
  static List<Path> all() {
    try {
      return Files.readAllLines(ROOT.resolve("paycontract/specs/index.txt")).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(ROOT::resolve)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mock serving every published spec on a free loopback port, started. */
  static MockServer startMock() {
    MockServer.Builder builder = MockServer.builder().port(0);
    all().forEach(builder::spec);
    return builder.build().start();
  }

  /** {@code provider/operationId}: the named request-body examples, in spec order. */
  static Map<String, JsonNode> requestExamples(String provider, String operationId) {
    MediaType json =
        operation(provider, operationId).getRequestBody().getContent().get("application/json");
    return trees(json.getExamples());
  }

  /** The first example of the {@code status} response: what the mock answers by default. */
  static JsonNode firstResponseExample(String provider, String operationId, String status) {
    MediaType json =
        operation(provider, operationId)
            .getResponses()
            .get(status)
            .getContent()
            .get("application/json");
    return trees(json.getExamples()).values().iterator().next();
  }

  /** The {@code example} of a parameter. */
  static String parameterExample(String provider, String operationId, String name) {
    List<Parameter> parameters = operation(provider, operationId).getParameters();
    return parameters.stream()
        .filter(p -> p.getName().equals(name))
        .map(p -> String.valueOf(p.getExample()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    provider + " " + operationId + ": no parameter " + name));
  }

  private static Map<String, JsonNode> trees(Map<String, Example> examples) {
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    examples.forEach((name, example) -> trees.put(name, TREES.valueToTree(example.getValue())));
    assertThat(trees).as("examples").isNotEmpty();
    return trees;
  }

  private static Operation operation(String provider, String operationId) {
    return spec(provider).getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .filter(op -> operationId.equals(op.getOperationId()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(provider + ": no operation " + operationId));
  }

  private static synchronized OpenAPI spec(String provider) {
    return PARSED.computeIfAbsent(
        provider,
        p -> {
          Path file = ROOT.resolve("paycontract/specs/" + p + "/" + p + ".yaml");
          ParseOptions options = new ParseOptions();
          options.setResolve(true);
          options.setResolveFully(true);
          SwaggerParseResult result =
              new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options);
          if (result.getOpenAPI() == null) {
            throw new IllegalStateException(file + ": " + result.getMessages());
          }
          return result.getOpenAPI();
        });
  }
}
