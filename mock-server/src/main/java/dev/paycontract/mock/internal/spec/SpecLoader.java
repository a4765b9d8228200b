package dev.paycontract.mock.internal.spec;

import static dev.paycontract.mock.internal.spec.TextScan.isQuote;
import static dev.paycontract.mock.internal.spec.TextScan.skipBlanks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.SpecLoadException;
import dev.paycontract.mock.api.SpecSource;
import dev.paycontract.mock.internal.json.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses OpenAPI 3.0 / 3.1 root documents with Swagger Parser and checks them once at start-up.
 * Every parser message is a load failure; so are remote {@code $ref}s (unless allowed), a spec
 * without operations, and two specs declaring the same route.
 *
 * <pre>{@code
 * List<LoadedSpec> specs = new SpecLoader(false).load(List.of(SpecSource.of(Path.of("api.yaml"))));
 * }</pre>
 */
public final class SpecLoader {

  private static final Pattern YAML_ROOT = Pattern.compile("(?m)^[\"']?openapi[\"']?\\s*:");
  private static final Pattern SWAGGER_ROOT = Pattern.compile("(?m)^[\"']?swagger[\"']?\\s*:");
  private static final String OPENAPI = "openapi";
  private static final List<String> SKIPPED_DIRS = List.of("target", "node_modules", "build");

  private static final Logger LOG = LoggerFactory.getLogger("dev.paycontract.mock");

  /**
   * Swagger Parser's wording for attributes it drops or finds twice, and for an {@code enum} item
   * or {@code default} of a date, date-time or byte schema that does not parse as one.
   */
  private static final Pattern HARMLESS =
      Pattern.compile(
          "attribute \\S.* is (unexpected|repeated)"
              + "|attribute \\S.*(enum|default)=`[^`]*` is not of type `(date|date-time|byte)`");

  private final boolean allowRemoteRefs;

  public SpecLoader(boolean allowRemoteRefs) {
    this.allowRemoteRefs = allowRemoteRefs;
  }

  public List<LoadedSpec> load(List<SpecSource> sources) {
    if (sources.isEmpty()) {
      throw new SpecLoadException("No spec given");
    }
    List<LoadedSpec> specs = new ArrayList<>();
    for (SpecSource source : sources) {
      for (Path file : rootDocuments(source.path())) {
        specs.add(loadFile(file, source.mountPrefix()));
      }
    }
    checkNoDuplicateRoutes(specs);
    return List.copyOf(specs);
  }

  /** Parses one root document. */
  public LoadedSpec loadFile(Path file, String mountPrefix) {
    if (!Files.isRegularFile(file)) {
      throw new SpecLoadException(file + ": file not found");
    }
    String text = readOrNull(file); // read once for the checks below; null: the parser says why
    // Swagger Parser's resolve step for OpenAPI 3.1 only gathers other files' parts into the
    // document (local refs stay, path-level parameters stay where they are), and it walks and
    // copies the whole model to do so: half of the start-up on a 3.1 spec. A 3.1 document whose
    // refs are all local skips it. For 3.0 it also moves path-level parameters into the
    // operations, which the engine relies on, so 3.0 always resolves.
    boolean refersToOtherFiles = allowRemoteRefs || new RemoteRefScanner().check(file, text);
    YamlLimits.apply();
    boolean resolve = refersToOtherFiles || text == null || !declaresOpenApi31(text);
    SwaggerParseResult result = parse(file, text, resolve);
    if (!resolve && result.getOpenAPI() != null && !isOpenApi31(result.getOpenAPI())) {
      // the version peek was wrong: resolve as for every 3.0 document
      result = parse(file, text, true);
    }
    List<String> messages = fatal(file, result.getMessages());
    if ((!messages.isEmpty() || result.getOpenAPI() == null)
        && text != null
        && isSwagger2(file, text)) {
      throw new SpecLoadException(
          file
              + ": this is a Swagger 2.0 document (top-level 'swagger' key); the mock serves"
              + " OpenAPI 3.0 and 3.1 only (docs/adr/0002-swagger-parser-v3-only.md). Convert it"
              + " once, e.g. with `npx swagger2openapi "
              + file.getFileName()
              + " -o openapi.yaml`, and serve the result");
    }
    if (!messages.isEmpty()) {
      throw new SpecLoadException(file + ": " + oneLine(String.join("; ", messages)));
    }
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new SpecLoadException(file + ": not an OpenAPI 3.x document");
    }
    if (operationCount(api) == 0) {
      throw new SpecLoadException("No operations found in " + file);
    }
    new ComponentRefInliner(file, api).inline();
    Nullable31.apply(api);
    copyRootSecurity(api);
    return new LoadedSpec(file, api, new SpecSource(file, mountPrefix).mountPrefix());
  }

  /**
   * The parser's messages that make the spec unusable. An attribute the OpenAPI schema does not
   * allow ("is unexpected": the parser drops it) or a repeated one ("is repeated", e.g. two tags of
   * one name) changes nothing the mock serves, and Prism serves such specs; so does Prism a spec
   * with an {@code enum} item or {@code default} that is not a valid date or date-time for its
   * format (the parser drops that value; ADR 0026). Those are logged as warnings, with the file,
   * and the spec loads. Everything else (syntax errors, missing or mistyped attributes, dangling
   * refs) stays an error.
   */
  private static List<String> fatal(Path file, List<String> messages) {
    List<String> fatal = new ArrayList<>();
    for (String message : messages) {
      if (HARMLESS.matcher(message).matches()) {
        LOG.warn("{}: {} (ignored, as Prism does)", file, message);
      } else {
        fatal.add(message);
      }
    }
    return fatal;
  }

  /**
   * Parses the text already read (Swagger Parser's readLocation would read the file again; the
   * location still anchors relative refs); without text (unreadable as UTF-8) the parser reads the
   * file itself and says what is wrong.
   */
  private static SwaggerParseResult parse(Path file, String text, boolean resolve) {
    ParseOptions options = new ParseOptions();
    options.setResolve(resolve);
    String location = file.toAbsolutePath().toUri().toString();
    try {
      SwaggerParseResult result =
          text == null
              ? new OpenAPIV3Parser().readLocation(location, null, options)
              : fromTree(text, options, location)
                  .orElseGet(
                      () -> new OpenAPIV3Parser().readContents(text, null, options, location));
      if (result.getMessages() == null) {
        result.setMessages(List.of());
      }
      return result;
    } catch (RuntimeException e) {
      throw new SpecLoadException(file + ": " + oneLine(String.valueOf(e.getMessage())));
    }
  }

  /**
   * What {@code readContents} gives, from a tree read here: {@link YamlTree}'s for a YAML text
   * (without Swagger Parser's JSON round trip), Jackson's for a JSON text (as readContents reads
   * it); then the deserialiser, keeping schema examples as written ({@link AsWrittenDeserializer}),
   * and, when asked, the resolver for 3.0. Empty (readContents does it all) for anything YamlTree
   * does not mirror, for a 3.1 document that needs resolving (other files: a different resolver)
   * and for any failure, so that every message stays the parser's own.
   */
  static Optional<SwaggerParseResult> fromTree(String text, ParseOptions options, String location) {
    return fromTree(text, options, location, new AsWrittenDeserializer());
  }

  /** As {@link #fromTree(String, ParseOptions, String)}, with the given deserialiser. */
  static Optional<SwaggerParseResult> fromTree(
      String text, ParseOptions options, String location, OpenAPIDeserializer deserializer) {
    try {
      Optional<JsonNode> tree =
          DeserializationUtils.isJson(text)
              ? Optional.of(
                  DeserializationUtils.deserializeIntoTree(
                      text, location, options, new SwaggerParseResult()))
              : YamlTree.read(text);
      if (tree.isEmpty()) {
        return Optional.empty();
      }
      SwaggerParseResult result =
          deserializer.deserialize(tree.get(), location, options, options.isOaiAuthor());
      OpenAPI api = result.getOpenAPI();
      if (api == null || !options.isResolve()) {
        return Optional.of(result);
      }
      if (isOpenApi31(api)) {
        return Optional.empty();
      }
      new OpenAPIResolver(api, new ArrayList<>(), location, null, options).resolve(result);
      return Optional.of(result);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isOpenApi31(OpenAPI api) {
    return api.getOpenapi() != null && api.getOpenapi().startsWith("3.1");
  }

  /**
   * A quick look at the text for {@code openapi: 3.1.x} (a top-level YAML key, or the JSON field);
   * a wrong guess costs a second parse, never a different model.
   */
  static boolean declaresOpenApi31(String text) {
    // A search for the literal key, not a regular expression: those scanned the whole text (a
    // tenth of the start-up on a 1.5 MB spec); the key is near the top in nearly every document.
    for (int at = text.indexOf(OPENAPI); at >= 0; at = text.indexOf(OPENAPI, at + 1)) {
      int end = at + OPENAPI.length();
      char before = at > 0 ? text.charAt(at - 1) : '\n';
      char after = end < text.length() ? text.charAt(end) : ' ';
      boolean yamlKey = before == '\n';
      boolean quotedYamlKey =
          isQuote(before) && (at == 1 || text.charAt(at - 2) == '\n') && isQuote(after);
      boolean jsonKey = before == '"' && after == '"';
      if (yamlKey || quotedYamlKey || jsonKey) {
        int i = skipBlanks(text, isQuote(after) ? end + 1 : end);
        if (i < text.length() && text.charAt(i) == ':') {
          i = skipBlanks(text, i + 1);
          if (i < text.length() && isQuote(text.charAt(i))) {
            i++;
          }
          return text.startsWith("3.1.", i);
        }
      }
    }
    return false;
  }

  private static String readOrNull(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private List<Path> rootDocuments(Path path) {
    if (!Files.exists(path)) {
      throw new SpecLoadException(path + ": file or folder not found");
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> roots;
    // The folder and its direct subfolders (specs/<provider>/<provider>.yaml); deeper trees such as
    // src/test/resources hold fixtures, not specs to serve.
    try (Stream<Path> walk = Files.walk(path, 2)) {
      roots =
          walk.filter(Files::isRegularFile)
              .filter(p -> !inSkippedDir(path, p))
              .filter(p -> p.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
              .filter(SpecLoader::isRootDocument)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (roots.isEmpty()) {
      throw new SpecLoadException(
          path + ": no OpenAPI root document (top-level 'openapi' key) in folder");
    }
    return roots;
  }

  private static boolean inSkippedDir(Path root, Path file) {
    for (Path part : root.relativize(file.getParent() == null ? file : file.getParent())) {
      String name = part.toString();
      if (name.startsWith(".") || SKIPPED_DIRS.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** A root document has a top-level {@code openapi} key; fragments ($ref targets) do not. */
  static boolean isRootDocument(Path file) {
    try {
      String text = Files.readString(file);
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
        JsonNode node = Json.MAPPER.readTree(text);
        return node != null && node.isObject() && node.has("openapi");
      }
      return YAML_ROOT.matcher(text).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A Swagger 2.0 root document: a top-level {@code swagger} key and no {@code openapi} key. */
  static boolean isSwagger2(Path file, String text) {
    try {
      if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
        JsonNode node = Json.MAPPER.readTree(text);
        return node != null && node.isObject() && node.has("swagger") && !node.has("openapi");
      }
      return SWAGGER_ROOT.matcher(text).find() && !YAML_ROOT.matcher(text).find();
    } catch (IOException | RuntimeException e) {
      return false; // the parser reports what is wrong with the file
    }
  }

  private static int operationCount(OpenAPI api) {
    if (api.getPaths() == null) {
      return 0;
    }
    return api.getPaths().values().stream().mapToInt(p -> p.readOperations().size()).sum();
  }

  /** G3: validators read only operation-level security. */
  private static void copyRootSecurity(OpenAPI api) {
    if (api.getSecurity() == null) {
      return;
    }
    for (PathItem item : api.getPaths().values()) {
      for (Operation op : item.readOperations()) {
        if (op.getSecurity() == null) {
          op.setSecurity(new ArrayList<>(api.getSecurity()));
        }
      }
    }
  }

  private static void checkNoDuplicateRoutes(List<LoadedSpec> specs) {
    Map<String, LoadedSpec> seen = new LinkedHashMap<>();
    for (LoadedSpec spec : specs) {
      for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
        String shape = (spec.mountPrefix() + path.getKey()).replaceAll("\\{[^}/]*}", "{}");
        for (PathItem.HttpMethod method : path.getValue().readOperationsMap().keySet()) {
          String route = method + " " + shape;
          LoadedSpec other = seen.putIfAbsent(route, spec);
          if (other != null && other != spec) {
            throw new SpecLoadException(
                "Duplicate route "
                    + method
                    + " "
                    + spec.mountPrefix()
                    + path.getKey()
                    + " in "
                    + other.file()
                    + " and "
                    + spec.file()
                    + "; serve one of them under a prefix: --mount /prefix="
                    + spec.file());
          }
        }
      }
    }
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
