package dev.paycontract.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.differential.BenchSpecs;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YamlTree must give exactly the tree Swagger Parser builds (same values, same JSON node types), or
 * nothing: every case compares with DeserializationUtils.readYamlTree itself.
 */
class YamlTreeTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private static JsonNode swaggerTree(String yaml) {
    YamlLimits.apply();
    SwaggerParseResult messages = new SwaggerParseResult();
    return DeserializationUtils.readYamlTree(yaml, null, messages);
  }

  private static void assertMirrors(String yaml) {
    Optional<JsonNode> tree = YamlTree.read(yaml);
    assertThat(tree).as("mirrored").isPresent();
    assertThat(tree.get()).isEqualTo(swaggerTree(yaml));
    assertThat(tree.get().toString()).isEqualTo(swaggerTree(yaml).toString());
  }

  @Test
  void read_yaml11Scalars_givesSwaggerParsersValuesAndNodeTypes() {
    assertMirrors(
        """
        openapi: 3.0.3
        flags: [yes, No, on, OFF, true, False, y, n]
        ints: [0, -7, +12, 0x1A, 012, 1_000, 2147483647, 2147483648, -2147483649,
               9223372036854775807, 9223372036854775808, 190:20:30]
        floats: [1.5, -0.0, 1e3, 6.02E+23, 1_000.5, .5, 044925, 0.1]
        nulls: [~, null, Null, ]
        strings: ["123", '0x1A', 2024-01-31, 2001-12-14t21:59:43.10-05:00, "yes", 1.2.3, abc, ""]
        empty:
        responses:
          200: {description: ok}
          4XX: {description: client}
          default: {description: other}
        yes: boolean key
        alias: &a shared
        again: *a
        block: |
          two
          lines
        folded: >
          one
          line
        """);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: &m {x: 1}\nb: *m\n", // an alias of a mapping: Swagger Parser shares and checks it
        "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n", // merge key
        "a: 1\na: 2\n", // duplicate key (SnakeYAML refuses; Swagger Parser falls back)
        "a: !Ref x\n", // custom tag
        "a: !!binary aGVsbG8=\n", // explicit tag
        "a: !!timestamp 2001-12-14\n",
        "a: .inf\n", // Jackson writes non-finite numbers as strings
        "~: null key\n",
        "1.5: float key\n",
        "? [complex]\n: key\n",
        "a: 1\n---\nb: 2\n", // two documents
        "a: [1, 2\n", // syntax error
        "",
      })
  void read_whatItDoesNotMirror_isLeftToSwaggerParser(String yaml) {
    assertThat(YamlTree.read(yaml)).isEmpty();
  }

  @Test
  void read_everyYamlSpecInTheRepositoryAndTheCorpus_givesSwaggerParsersTree() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir :
        List.of(REPO.resolve("specs"), REPO.resolve("mock-server/src/test/resources"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().forEach(files::add);
      }
    }
    BenchSpecs.locate(REPO).ifPresent(corpus -> files.addAll(corpus.specs()));
    int mirrored = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      if (DeserializationUtils.isJson(text)) {
        continue;
      }
      Optional<JsonNode> tree = YamlTree.read(text);
      if (tree.isPresent()) {
        assertThat(tree.get()).as(file.toString()).isEqualTo(swaggerTree(text));
        mirrored++;
      }
    }
    assertThat(mirrored).as("YAML files read by YamlTree").isGreaterThan(50);
  }

  /**
   * With Swagger Parser's own deserialiser, the tree path gives readContents' model exactly (the
   * mock's {@link AsWrittenDeserializer} then differs on purpose: AsWrittenDeserializerTest).
   */
  @Test
  void specLoaderFastPath_givesTheModelAndMessagesOfReadContents_resolvedOrNot()
      throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(REPO.resolve("specs"))) {
      walk.filter(f -> f.toString().matches(".*\\.(ya?ml|json)")).sorted().forEach(files::add);
    }
    BenchSpecs.locate(REPO).ifPresent(corpus -> files.addAll(corpus.specs()));
    int compared = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      String location = file.toAbsolutePath().toUri().toString();
      for (boolean resolve : new boolean[] {true, false}) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        Optional<SwaggerParseResult> fast =
            SpecLoader.fromTree(text, options, location, new OpenAPIDeserializer());
        if (fast.isEmpty()) {
          continue;
        }
        SwaggerParseResult slow = new OpenAPIV3Parser().readContents(text, null, options, location);
        assertThat(fast.get().getOpenAPI())
            .as(file + " resolve=" + resolve)
            .isEqualTo(slow.getOpenAPI());
        assertThat(fast.get().getMessages()).as(file.toString()).isEqualTo(slow.getMessages());
        compared++;
      }
    }
    assertThat(compared).as("specs compared").isGreaterThanOrEqualTo(4);
  }
}
