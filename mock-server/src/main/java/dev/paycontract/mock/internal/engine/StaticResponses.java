package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the assembled and validated response for each static choice, so an example is
 * serialised and checked against its schema once, not on every request. A choice is static when
 * nothing in it is random: then the status, declared response, media type, body tree (one instance
 * per example or sample, see {@link StaticBodies}) and HEAD decide the bytes, the headers and the
 * response findings. Dynamic choices are never kept. Failed assemblies are not kept either (they
 * are answered as problems, and are rare). At most {@link #MAX_ENTRIES} choices are kept per spec;
 * beyond that responses are worked out per request, as without the cache. Thread-safe.
 */
final class StaticResponses {

  static final int MAX_ENTRIES = 4096;

  /**
   * A response before CORS and before the request's own findings are added.
   *
   * @param response as assembled; its body array and header map are never handed out (see {@link
   *     #copy})
   * @param findings the response findings, prefixed with "response"
   * @param violationsHeader the {@code sl-violations} value for {@code findings} alone, or null
   *     when there are none
   */
  record Prepared(MockResponse response, List<Violation> findings, String violationsHeader) {

    Prepared {
      findings = List.copyOf(findings);
    }

    /** A response of its own for one request: a fresh header map and body array. */
    MockResponse copy(String slViolations) {
      Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
      if (slViolations != null) {
        headers.put(ViolationsHeader.NAME, List.of(slViolations));
      }
      headers.putAll(response.headers());
      return new MockResponse(response.status(), headers, response.body().clone());
    }
  }

  /** Identity of the parts that decide a static response (swagger's equals walks whole objects). */
  private record Key(
      Operation operation,
      int status,
      ApiResponse declared,
      String mediaType,
      JsonNode body,
      boolean head) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.operation == operation
          && k.status == status
          && k.declared == declared
          && java.util.Objects.equals(k.mediaType, mediaType)
          && k.body == body
          && k.head == head;
    }

    @Override
    public int hashCode() {
      int h = System.identityHashCode(operation);
      h = 31 * h + status;
      h = 31 * h + System.identityHashCode(declared);
      h = 31 * h + (mediaType == null ? 0 : mediaType.hashCode());
      h = 31 * h + System.identityHashCode(body);
      return 31 * h + (head ? 1 : 0);
    }
  }

  private final Map<Key, Prepared> kept = new ConcurrentHashMap<>();

  /**
   * Assembles the chosen parts and checks the response against the spec (the same for static parts
   * every time).
   */
  static Outcome<Prepared> prepare(SpecRuntime rt, RoutedOperation op, Parts chosen) {
    // Prism validates the value it produced, not the bytes: an object served as XML is an object.
    JsonNode produced =
        chosen.body() == null || chosen.body().isMissingNode() ? null : chosen.body();
    return rt.assembler()
        .assemble(chosen)
        .map(
            response -> {
              List<Violation> findings =
                  rt.responseValidator().validate(op, response, produced).stream()
                      .map(v -> v.prefixed("response"))
                      .toList();
              return new Prepared(
                  response, findings, findings.isEmpty() ? null : ViolationsHeader.value(findings));
            });
  }

  /**
   * The prepared response for {@code parts}: remembered when the parts are static, else {@code
   * prepare} is asked every time.
   */
  Outcome<Prepared> get(Operation operation, Parts parts, Supplier<Outcome<Prepared>> prepare) {
    if (parts.random() != null) {
      return prepare.get();
    }
    Key key =
        new Key(
            operation,
            parts.status(),
            parts.response(),
            parts.mediaType(),
            parts.body(),
            parts.head());
    Prepared known = kept.get(key);
    if (known != null) {
      return Outcome.ok(known);
    }
    Outcome<Prepared> fresh = prepare.get();
    if (fresh instanceof Outcome.Ok<Prepared> ok && kept.size() < MAX_ENTRIES) {
      kept.putIfAbsent(key, ok.value());
    }
    return fresh;
  }

  /** How many responses are kept (for tests). */
  int size() {
    return kept.size();
  }
}
