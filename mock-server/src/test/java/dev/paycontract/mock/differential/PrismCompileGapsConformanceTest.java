package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.internal.validation.PrismCompileGaps;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Our model of what Prism's validator cannot compile ({@link PrismCompileGaps}) against the real
 * one: {@code tools/prism/compile-gaps.js} compiles, with Prism 5.16.0's own Ajv set-up, every
 * schema Prism builds for a spec (request bodies, parameter groups, response bodies and headers),
 * and the verdicts must be ours, part by part. Specs: the trigger spec of this test, the probe
 * specs, the bundled specs and the public corpus ({@code shared/bench-specs}, or {@code
 * -Dcorpus.dir}). Every {@code pattern} of those specs is also checked alone against JavaScript's
 * {@code new RegExp(pattern, "u")}. {@code -Dprism.skip=true} leaves it out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismCompileGapsConformanceTest {

  private PrismInstallation prism;

  @BeforeAll
  void locatePrism() {
    assumeFalse(Boolean.getBoolean("prism.skip"), "skipped: -Dprism.skip=true");
    prism = PrismInstallation.locate();
    prism.check().ifPresent(problem -> fail(problem));
  }

  @TestFactory
  Stream<DynamicTest> everySchemaPrismCannotCompileIsOneWeSayItCannot() {
    return specs().stream()
        .map(spec -> DynamicTest.dynamicTest(spec.getFileName().toString(), () -> check(spec)));
  }

  @Test
  void theTriggerSpecHoldsRefusalsOfEveryKind() {
    Path spec = resource("validation/prism-compile-gaps.yaml");
    Map<String, String> ajv = ajvRefusals(spec);
    assertThat(ajv.values())
        .anyMatch(m -> m.contains("duplicate items"))
        .anyMatch(m -> m.contains("\"nullable\" cannot be used without \"type\""))
        .anyMatch(m -> m.contains("Invalid regular expression"));
    assertThat(ajv.keySet())
        .contains(
            "GET /query-pattern-java-only request query",
            "GET /headers/{id} request path",
            "GET /headers/{id} response 200 headers")
        .doesNotContain(
            "POST /pattern-javascript request body application/json",
            "POST /nullable-enum-without-null request body application/json");
  }

  @TestFactory
  Stream<DynamicTest> everyPatternOfTheSpecsIsJudgedAsJavaScriptJudgesIt() {
    Set<String> patterns = new LinkedHashSet<>(TRICKY_PATTERNS);
    for (Path spec : specs()) {
      collectPatterns(Json.mapper().valueToTree(load(spec)), patterns);
    }
    List<String> all = List.copyOf(patterns);
    List<Boolean> javascript = javascriptAccepts(all);
    return Stream.of(
        DynamicTest.dynamicTest(
            all.size() + " patterns",
            () -> {
              List<String> wrong = new ArrayList<>();
              for (int i = 0; i < all.size(); i++) {
                boolean ours = PrismCompileGaps.acceptsPattern(all.get(i));
                if (ours != javascript.get(i)) {
                  wrong.add(
                      all.get(i)
                          + " (JavaScript "
                          + (javascript.get(i) ? "accepts" : "refuses")
                          + " it)");
                }
              }
              assertThat(wrong).as("patterns judged unlike JavaScript").isEmpty();
            }));
  }

  /** Patterns on the edges of JavaScript's unicode-mode grammar that specs rarely hold. */
  private static final List<String> TRICKY_PATTERNS =
      List.of(
          "^[a-z]+$",
          "(?i)abc",
          "\\!",
          "\\x0",
          "\\x0A",
          "\\d{2,1}",
          "a{2}",
          "[\\w-]",
          "[a-\\d]",
          "\\p{L}+",
          "\\p{Alpha}",
          "\\p{IsAlphabetic}",
          "\\p{Script=Latin}",
          "\\p{sc=Greek}",
          "(?<year>\\d{4})-\\k<year>",
          "\\k<x>",
          "a{",
          "a}",
          "]",
          "^\\/path$",
          "\\-",
          "[\\-]",
          "\\u00e9",
          "\\u{1F600}",
          "\\u{110000}",
          "(?=a)*",
          "(?<=a)b",
          "a++",
          "(?>a)",
          "\\Z",
          "\\A",
          "\\0",
          "\\01",
          "\\1(a)",
          "\\2(a)",
          "[[:alpha:]]",
          "^[A-Z]{2,3}$",
          ".*",
          "\\.",
          "[^\\s]",
          "\\cA",
          "\\c1",
          "[\\b]",
          "\\B",
          "[\\B]",
          "a|",
          "|",
          "()",
          "(?:)",
          "(",
          ")",
          "[",
          "[]",
          "[^]",
          "x{1,}",
          "x{,1}",
          "x*?",
          "x??",
          "x{2}?",
          "\\s\\S\\w\\W\\d\\D",
          "[\\p{L}-z]",
          "[z-a]",
          "\\/",
          "\\ ",
          "@",
          "\\@",
          "[\\.\\-\\/]",
          "(?P<n>a)",
          "(?<n>a)(?<n>b)",
          "\\t\\n\\r\\f\\v",
          "[\\t-\\r]",
          "\\h",
          "\\Q.\\E",
          "^\\+?[1-9]\\d{1,14}$",
          "^[\\w.+-]+@[\\w-]+\\.[\\w.-]+$",
          "[\\u0000-\\u001F]",
          "\\$",
          "$^",
          "^*");

  private void check(Path spec) {
    OpenAPI api = load(spec);
    Map<String, String> ours = new TreeMap<>(new PrismCompileGaps(api).everyRefusal());
    Map<String, String> ajv = new TreeMap<>(ajvRefusals(spec));
    List<String> wrong = new ArrayList<>();
    ajv.forEach(
        (part, why) -> {
          if (!ours.containsKey(part)) {
            wrong.add("Prism cannot compile " + part + " (" + why + "); we say it can");
          }
        });
    ours.forEach(
        (part, why) -> {
          if (!ajv.containsKey(part)) {
            wrong.add("we say Prism cannot compile " + part + " (" + why + "); it can");
          }
        });
    assertThat(wrong).as(spec.getFileName() + ": parts judged unlike Prism's Ajv").isEmpty();
  }

  private static OpenAPI load(Path spec) {
    return new SpecLoader(false).loadFile(spec, "").openApi();
  }

  private List<Path> specs() {
    List<Path> specs = new ArrayList<>();
    specs.add(resource("validation/prism-compile-gaps.yaml"));
    specs.add(resource("prism-probe/probe-oas30.yaml"));
    specs.add(resource("prism-probe/probe-oas31.yaml"));
    Path root = prism.toolDir().getParent().getParent();
    try (Stream<Path> bundled = Files.list(root.resolve("specs"))) {
      bundled
          .map(dir -> dir.resolve(dir.getFileName() + ".yaml"))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(specs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BenchSpecs.locate(root).ifPresent(corpus -> specs.addAll(corpus.specs()));
    return specs;
  }

  private static Path resource(String name) {
    try {
      return Path.of(PrismCompileGapsConformanceTest.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code "METHOD path part" -> Ajv's message}, for every part Ajv refuses. */
  private Map<String, String> ajvRefusals(Path spec) {
    Map<String, String> refused = new LinkedHashMap<>();
    for (String line : node(List.of("compile-gaps.js", spec.toString()), "").split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length >= 4 && f[3].equals("refused")) {
        refused.put(f[0] + " " + f[1] + " " + f[2], f.length > 4 ? f[4] : "");
      }
    }
    return refused;
  }

  private List<Boolean> javascriptAccepts(List<String> patterns) {
    String script =
        "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{process.stdout.write("
            + "JSON.stringify(JSON.parse(s).map(p=>{try{new RegExp(p,'u');return true}"
            + "catch(e){return false}})))})";
    try {
      ObjectMapper mapper = new ObjectMapper();
      JsonNode verdicts =
          mapper.readTree(node(List.of("-e", script), mapper.writeValueAsString(patterns)));
      List<Boolean> out = new ArrayList<>();
      verdicts.forEach(v -> out.add(v.asBoolean()));
      assertThat(out).hasSize(patterns.size());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String node(List<String> arguments, String input) {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(prism.toolDir().toFile());
    builder.environment().put("NODE_PATH", prism.toolDir().resolve("node_modules").toString());
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        fail("node " + arguments.get(0) + " failed in " + prism.toolDir());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run node (Node.js 20+ on the PATH): " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void collectPatterns(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> {
                if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                  out.add(e.getValue().asText());
                } else {
                  collectPatterns(e.getValue(), out);
                }
              });
    } else if (node.isArray()) {
      node.forEach(n -> collectPatterns(n, out));
    }
  }
}
