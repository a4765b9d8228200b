package dev.paycontract.mock;

import dev.paycontract.mock.internal.spec.LoadedSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;

/** Inline specs for unit tests. */
public final class TestSpecs {

  private TestSpecs() {}

  public static OpenAPI parse(String yaml) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException("test spec does not parse: " + result.getMessages());
    }
    return result.getOpenAPI();
  }

  public static LoadedSpec loaded(String yaml) {
    return new LoadedSpec(Path.of("inline.yaml"), parse(yaml), "");
  }

  /** A 3.0 document around the given {@code paths:} block (indented by two spaces). */
  public static String withPaths(String paths) {
    return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths;
  }
}
