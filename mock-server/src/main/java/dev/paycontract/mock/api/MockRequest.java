package dev.paycontract.mock.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the engine sees it, free of any web framework.
 *
 * @param method upper-case method name as received ({@code GET}, {@code PROPFIND}, ...)
 * @param path raw request path, still percent-encoded, without query string
 * @param query query parameters, decoded, in arrival order
 * @param headers header values keyed by <b>lower-case</b> name, in arrival order
 * @param body raw body bytes, empty (never null) when there is none
 */
public record MockRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body) {

  public MockRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    query = query == null ? Map.of() : query;
    headers = headers == null ? Map.of() : headers;
    body = body == null ? new byte[0] : body;
  }

  /** First value of a header (name case-insensitive), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** First value of a query parameter, or null. */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public boolean hasBody() {
    return body.length > 0;
  }
}
