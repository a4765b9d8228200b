package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.interaction.request.RequestValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The Atlassian pieces we use, configured once per spec. We call the operation-level validators
 * directly with the operation the router already found, so the library does no path matching.
 *
 * <p>The schema validator is built on first use, not at start-up: its constructor serialises every
 * component schema of the spec to a tree (about a sixth of a start on one core, ADR 0029), and a
 * served spec may never need it (a 404, an example answered without a body to check). {@link
 * #prepare()} builds it ahead of the first request, off the thread that starts the server.
 */
final class AtlassianSetup {

  final MessageResolver messages;
  private final Once<SchemaValidator> schemas;
  private final Once<RequestValidator> parameters;

  AtlassianSetup(OpenAPI api) {
    LevelResolver levels =
        LevelResolver.create()
            // G4: objects allow extra properties unless the schema says additionalProperties: false
            .withLevel("validation.schema.additionalProperties", Level.IGNORE)
            // checked by hand with Prism's rules (SecurityChecker, RequestValidator)
            .withLevel("validation.request.security", Level.IGNORE)
            .withLevel("validation.request.contentType", Level.IGNORE)
            .withLevel("validation.request.body.missing", Level.IGNORE)
            .withLevel("validation.request.body.unexpected", Level.IGNORE)
            // content negotiation (406) is the engine's job
            .withLevel("validation.request.accept", Level.IGNORE)
            // Prism ignores query parameters it does not know
            .withLevel("validation.request.parameter.query.unexpected", Level.IGNORE)
            .withLevel("validation.request.operation", Level.IGNORE)
            .withLevel("validation.request.path", Level.IGNORE)
            .build();
    this.messages = new MessageResolver(levels);
    this.schemas = new Once<>(() -> new SchemaValidator(api, messages));
    this.parameters = new Once<>(() -> new RequestValidator(schemas(), messages, api, List.of()));
  }

  /** The library's schema validator over this spec's components, built once on first use. */
  SchemaValidator schemas() {
    return schemas.get();
  }

  /**
   * The library's whole-request validator, for the parameters only it can read (arrays and objects
   * in their serialisation styles); built once on first use.
   */
  RequestValidator parameters() {
    return parameters.get();
  }

  /** Builds what {@link #schemas()} would build on first use. */
  void prepare() {
    schemas();
  }

  /**
   * A value built on first use, once, whichever thread asks first; the others wait for it. A lock
   * rather than {@code synchronized}, which on Java 21 pins a waiting virtual thread to its
   * carrier.
   */
  private static final class Once<T> {
    private final Supplier<T> build;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile T value;

    Once(Supplier<T> build) {
      this.build = build;
    }

    T get() {
      T built = value;
      if (built == null) {
        lock.lock();
        try {
          built = value;
          if (built == null) {
            built = build.get();
            value = built;
          }
        } finally {
          lock.unlock();
        }
      }
      return built;
    }
  }
}
