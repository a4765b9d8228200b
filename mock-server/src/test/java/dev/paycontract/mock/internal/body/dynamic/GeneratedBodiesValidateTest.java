package dev.paycontract.mock.internal.body.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.SpecLoadException;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property check of dynamic mode: for every response schema (and response header schema) of every
 * bundled spec and test fixture, the bodies generated for seeds 1..200 pass the mock's own {@link
 * ResponseValidator}. One dynamic test per spec; a failure names the seed, the operation and the
 * violation's location.
 */
class GeneratedBodiesValidateTest {

  private static final int SEEDS = 200;
  private static final Path SPECS = Path.of("..", "specs");
  private static final Path FIXTURES = Path.of("src", "test", "resources");

  @TestFactory
  Stream<DynamicTest> generatedResponse_everySchemaEverySeed_validatesAgainstTheSchema() {
    List<Path> files = new ArrayList<>(specFiles(SPECS, 2));
    files.addAll(specFiles(FIXTURES.resolve("body"), 1));
    files.addAll(specFiles(FIXTURES.resolve("validation"), 1));
    files.addAll(specFiles(FIXTURES.resolve("prism-probe"), 1));
    files.addAll(specFiles(FIXTURES.resolve("golden"), 2));
    assertThat(files).as("bundled specs found from the module directory").hasSizeGreaterThan(5);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
  }

  private static void check(Path file) {
    LoadedSpec spec;
    try {
      spec = new SpecLoader(false).loadFile(file, "");
    } catch (SpecLoadException e) {
      return; // fixtures that fail to load on purpose are covered by the spec-loading tests
    }
    ResponseValidator validator = new ResponseValidator(spec);
    DatafakerBodyGenerator generator = new DatafakerBodyGenerator(new Refs(spec.openApi()));
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        if (op.getValue().getResponses() == null) {
          continue;
        }
        RoutedOperation routed =
            new RoutedOperation(spec, path.getKey(), op.getKey(), op.getValue(), Map.of());
        for (Map.Entry<String, ApiResponse> r : op.getValue().getResponses().entrySet()) {
          int status = status(r.getKey());
          ApiResponse response = r.getValue();
          Map<String, MediaType> content =
              response.getContent() == null ? Map.of() : response.getContent();
          for (Map.Entry<String, MediaType> media : content.entrySet()) {
            if (media.getValue() == null
                || media.getValue().getSchema() == null
                || media.getKey().contains("*")) {
              continue;
            }
            for (int seed = 1; seed <= SEEDS; seed++) {
              Random random = new Random(seed);
              JsonNode body = generator.generate(media.getValue().getSchema(), random);
              Map<String, List<String>> headers = new LinkedHashMap<>();
              headers.put("Content-type", List.of(media.getKey()));
              headers.putAll(headers(spec, generator, response, random));
              MockResponse produced = new MockResponse(status, headers, Json.bytes(body));
              for (Violation v : validator.validate(routed, produced, body)) {
                if (v.severity() == Violation.Severity.Error && failures.size() < 20) {
                  failures.add(
                      "seed "
                          + seed
                          + ", "
                          + op.getKey()
                          + " "
                          + path.getKey()
                          + " "
                          + r.getKey()
                          + " "
                          + media.getKey()
                          + ": "
                          + v.location()
                          + " "
                          + v.message()
                          + "\n    body: "
                          + abbreviate(body.toString()));
                }
              }
              checked++;
            }
          }
        }
      }
    }
    System.out.printf("%s: %d generated responses validated%n", file, checked);
    if (file.startsWith(SPECS)) {
      assertThat(checked).as("%s has response schemas", file).isPositive();
    }
    assertThat(failures).as("%s: %d generated responses checked", file, checked).isEmpty();
  }

  private static Map<String, List<String>> headers(
      LoadedSpec spec, DatafakerBodyGenerator generator, ApiResponse response, Random random) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (response.getHeaders() == null) {
      return out;
    }
    Refs refs = new Refs(spec.openApi());
    for (Map.Entry<String, Header> h : response.getHeaders().entrySet()) {
      Header header = refs.header(h.getValue());
      if (header == null
          || header.getSchema() == null
          || h.getKey().equalsIgnoreCase("content-type")) {
        continue;
      }
      JsonNode value = generator.generate(header.getSchema(), random, h.getKey());
      if (value.isValueNode() && !value.isNull()) {
        out.put(h.getKey(), List.of(value.asText()));
      }
    }
    return out;
  }

  private static String abbreviate(String text) {
    return text.length() <= 600 ? text : text.substring(0, 600) + "...";
  }

  private static int status(String key) {
    if (key.equals("default")) {
      return 599;
    }
    return Integer.parseInt(key.replace('X', '0').replace('x', '0'));
  }

  static List<Path> specFiles(Path dir, int depth) {
    try (Stream<Path> walk = Files.walk(dir, depth)) {
      return walk.filter(
              p -> p.toString().endsWith(".yaml") && !p.toString().contains("node_modules"))
          .filter(GeneratedBodiesValidateTest::isRootDocument)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isRootDocument(Path file) {
    try {
      return Files.readString(file).lines().anyMatch(l -> l.startsWith("openapi:"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
