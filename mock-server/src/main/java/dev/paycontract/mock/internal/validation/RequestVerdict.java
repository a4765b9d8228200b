package dev.paycontract.mock.internal.validation;

import dev.paycontract.mock.api.Violation;
import java.util.List;

/**
 * What request validation concluded, in Prism's precedence: a security failure wins (401), then a
 * content-type failure (415), then every other finding (422). Each verdict carries all findings
 * (for {@code sl-violations}), warnings included.
 *
 * <p>A JSON body that does not parse comes back as {@link Unprocessable} with a single {@value
 * #INVALID_JSON} violation; {@link #isMalformedJson()} tells it apart so the engine can answer a
 * 400 problem at once (Prism hangs instead, docs/prism-behaviour.md 10.3 and quirk 15.2).
 */
public sealed interface RequestVerdict {

  /** Code of the one violation of a malformed-JSON verdict. */
  String INVALID_JSON = "invalid-json";

  List<Violation> violations();

  /** True when the body was declared JSON but does not parse. */
  default boolean isMalformedJson() {
    return this instanceof Unprocessable u
        && u.violations().size() == 1
        && INVALID_JSON.equals(u.violations().get(0).code());
  }

  /** The parser's complaint (with line and column) for a malformed-JSON verdict, else null. */
  default String malformedJsonDetail() {
    return isMalformedJson() ? violations().get(0).message() : null;
  }

  /** No error; {@code violations} may hold warnings (e.g. a deprecated parameter was sent). */
  record Valid(List<Violation> violations) implements RequestVerdict {
    public Valid {
      violations = List.copyOf(violations);
    }
  }

  /**
   * Security requirements not met.
   *
   * @param challenges {@code WWW-Authenticate} challenges of the failed http schemes, in order
   *     ({@code Basic realm="*"}, {@code Bearer}); empty when only apiKey schemes failed
   */
  record Unauthorized(List<Violation> violations, List<String> challenges)
      implements RequestVerdict {
    public Unauthorized {
      violations = List.copyOf(violations);
      challenges = List.copyOf(challenges);
    }
  }

  /** The body's media type is not accepted; {@code detail} is Prism's 415 detail text. */
  record UnsupportedMediaType(List<Violation> violations, String detail) implements RequestVerdict {
    public UnsupportedMediaType {
      violations = List.copyOf(violations);
    }
  }

  /** Parameters or body break the schema. */
  record Unprocessable(List<Violation> violations) implements RequestVerdict {
    public Unprocessable {
      violations = List.copyOf(violations);
    }
  }
}
