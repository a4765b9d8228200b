package dev.paycontract.mock.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a spec with its baseline using openapi-diff and lists the incompatible changes.
 *
 * <pre>{@code
 * GateResult result = new BreakingChangeGate().compare(baselineYaml, currentYaml);
 * if (result.incompatible()) result.breakingChanges().forEach(c -> System.out.println(c.line()));
 * }</pre>
 *
 * <p>The verdict is {@link ChangedOpenApi#isIncompatible()}; {@code isCoreChanged()} only reflects
 * added or removed endpoints and would miss an enum narrowing or a new required property.
 */
public final class BreakingChangeGate {

  private final BreakingChangeDescriber describer = new BreakingChangeDescriber();

  public GateResult compare(String baselineContent, String currentContent) {
    Objects.requireNonNull(baselineContent, "baselineContent == null");
    Objects.requireNonNull(currentContent, "currentContent == null");
    return result(OpenApiCompare.fromContents(baselineContent, currentContent));
  }

  /** Compares two spec files; relative {@code $ref}s resolve against each file's folder. */
  public GateResult compare(Path baselineFile, Path currentFile) {
    Objects.requireNonNull(baselineFile, "baselineFile == null");
    Objects.requireNonNull(currentFile, "currentFile == null");
    return result(OpenApiCompare.fromFiles(baselineFile.toFile(), currentFile.toFile()));
  }

  private GateResult result(ChangedOpenApi diff) {
    List<BreakingChange> changes = diff.isIncompatible() ? describer.describe(diff) : List.of();
    boolean fullyDescribed = changes.stream().noneMatch(BreakingChangeDescriber::isFallback);
    return new GateResult(
        diff.isChanged(),
        changes,
        fullyDescribed,
        diff.getOldSpecOpenApi().getInfo().getVersion(),
        diff.getNewSpecOpenApi().getInfo().getVersion(),
        markdown(diff));
  }

  private static String markdown(ChangedOpenApi diff) {
    var bytes = new ByteArrayOutputStream();
    try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
