package dev.paycontract.mock.diff;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The breaking-change check of two versions of one spec, as the {@code diff} command and build
 * plugins run it.
 *
 * <pre>{@code
 * DiffOutcome outcome = new SpecDiff().compare(Path.of("old.yaml"), Path.of("new.yaml"));
 * System.out.print(DiffReport.text(outcome));
 * System.exit(outcome.exitCode());
 * }</pre>
 */
public final class SpecDiff {

  private final BreakingChangeGate gate = new BreakingChangeGate();

  public DiffOutcome compare(Path oldSpec, Path newSpec) {
    Objects.requireNonNull(oldSpec, "oldSpec == null");
    Objects.requireNonNull(newSpec, "newSpec == null");
    Optional<DiffOutcome> unreadable = unreadable(oldSpec).or(() -> unreadable(newSpec));
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    try {
      return new DiffOutcome.Compared(oldSpec, newSpec, gate.compare(oldSpec, newSpec));
    } catch (RuntimeException e) { // openapi-diff on a document the parser accepted with gaps
      return new DiffOutcome.Unreadable(
          newSpec, List.of("openapi-diff cannot compare it with " + oldSpec + ": " + e));
    }
  }

  /**
   * A missing file, or one the Swagger parser cannot turn into an OpenAPI model, with its messages.
   */
  private static Optional<DiffOutcome> unreadable(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.of(new DiffOutcome.Unreadable(file, List.of("no such file")));
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toString(), null, options);
    if (parsed == null || parsed.getOpenAPI() == null || parsed.getOpenAPI().getInfo() == null) {
      List<String> messages =
          parsed == null || parsed.getMessages() == null || parsed.getMessages().isEmpty()
              ? List.of("not an OpenAPI 3 document (no openapi/info)")
              : parsed.getMessages();
      return Optional.of(new DiffOutcome.Unreadable(file, messages));
    }
    return Optional.empty();
  }
}
