package dev.paycontract.mock.internal.validation;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds specs, routed operations and requests by hand, independent of the engine. */
final class Fixtures {

  private Fixtures() {}

  static LoadedSpec spec(String name) {
    try {
      Path file = Path.of(Fixtures.class.getResource("/validation/" + name).toURI());
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      OpenAPI api =
          new OpenAPIV3Parser().readContents(Files.readString(file), null, options).getOpenAPI();
      if (api == null) {
        throw new IllegalStateException("fixture does not parse: " + name);
      }
      return new LoadedSpec(file, api, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static RoutedOperation route(
      LoadedSpec spec, String method, String template, Map<String, String> params) {
    PathItem item = spec.openApi().getPaths().get(template);
    if (item == null) {
      throw new IllegalArgumentException("no path " + template + " in " + spec.file());
    }
    PathItem.HttpMethod m = PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
    Operation op = item.readOperationsMap().get(m);
    if (op == null) {
      throw new IllegalArgumentException("no " + method + " " + template);
    }
    return new RoutedOperation(spec, template, m, op, params);
  }

  static RoutedOperation route(LoadedSpec spec, String method, String template) {
    return route(spec, method, template, Map.of());
  }

  static Req request(String method, String path) {
    return new Req(method, path);
  }

  /** A small request builder: headers are stored lower-case as the engine does. */
  static final class Req {
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    Req(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Req header(String name, String value) {
      headers.put(name.toLowerCase(Locale.ROOT), List.of(value));
      return this;
    }

    Req query(String name, String... values) {
      query.put(name, List.of(values));
      return this;
    }

    Req json(String json) {
      header("Content-Type", "application/json");
      return body(json);
    }

    Req body(String text) {
      body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    MockRequest build() {
      return new MockRequest(method, path, query, headers, body);
    }
  }

  static MockResponse response(
      int status, String contentType, String body, Map<String, String> headers) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    if (contentType != null) {
      h.put("Content-type", List.of(contentType));
    }
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    return new MockResponse(status, h, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
