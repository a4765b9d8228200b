package dev.paycontract.client.examples;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every spec the {@code paycontract-specs} artifact ships, as listed by its {@code
 * paycontract/specs/index.txt} (one classpath resource per line). Public for the contract tests,
 * which read the same artifact through this module's test jar.
 */
public final class SpecCatalog {

  public static final String INDEX = "paycontract/specs/index.txt";

  private SpecCatalog() {}

  public static List<ProviderSpec> load() {
    List<ProviderSpec> specs = new ArrayList<>();
    for (String line : read(INDEX).split("\\R")) {
      String resource = line.strip();
      if (resource.isEmpty() || resource.startsWith("#")) {
        continue;
      }
      specs.add(parse(resource));
    }
    if (specs.isEmpty()) {
      throw new IllegalStateException(INDEX + " lists no spec");
    }
    return specs;
  }

  private static ProviderSpec parse(String resource) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    if (!file.endsWith(".yaml")) {
      throw new IllegalStateException(INDEX + ": expected <provider>.yaml, found " + resource);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(read(resource), null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException(resource + " does not parse: " + result.getMessages());
    }
    return new ProviderSpec(
        file.substring(0, file.length() - ".yaml".length()), resource, result.getOpenAPI());
  }

  /** The text of a classpath resource of the specs artifact. */
  public static String read(String resource) {
    try (InputStream in = SpecCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the test classpath (dependency paycontract-specs)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
