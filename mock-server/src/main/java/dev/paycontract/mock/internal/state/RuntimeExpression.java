package dev.paycontract.mock.internal.state;

import java.util.Optional;

/**
 * The one form of OpenAPI runtime expression (OpenAPI 3.0.3 section 4.7.20.4, "Runtime
 * Expressions") that names a stored resource's id: {@code $response.body#/json-pointer}. Others
 * ({@code $request.path.id}, {@code $response.header.Location}, {@code $url}, constants) do not
 * point into the body a create answers with, so they wire nothing.
 */
final class RuntimeExpression {

  private static final String RESPONSE_BODY = "$response.body#";

  private RuntimeExpression() {}

  /** The JSON pointer of a {@code $response.body#/...} expression ({@code /uuid}), else empty. */
  static Optional<String> responseBodyPointer(Object expression) {
    if (!(expression instanceof String s)) {
      return Optional.empty();
    }
    String e = s.trim();
    // A link parameter may also be written as an embedded expression: "{$response.body#/id}".
    if (e.startsWith("{") && e.endsWith("}")) {
      e = e.substring(1, e.length() - 1);
    }
    if (!e.startsWith(RESPONSE_BODY)) {
      return Optional.empty();
    }
    String pointer = e.substring(RESPONSE_BODY.length());
    return pointer.startsWith("/") && pointer.length() > 1 ? Optional.of(pointer) : Optional.empty();
  }
}
