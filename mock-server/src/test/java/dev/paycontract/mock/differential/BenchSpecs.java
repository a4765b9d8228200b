package dev.paycontract.mock.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The corpus of public vendor specs the team keeps beside the checkout, in {@code
 * shared/bench-specs/} next to the repository root (or next to any folder above it, so a worktree
 * finds it too), as {@code bench/run.sh} does. {@code -Dcorpus.dir} or the {@code BENCH_SPECS}
 * environment variable point elsewhere. The specs are data: read, never copied.
 */
public record BenchSpecs(Path dir) {

  /** Empty when no corpus is found: the caller skips with {@link #howToProvide()}. */
  public static Optional<BenchSpecs> locate(Path repositoryRoot) {
    String configured = System.getProperty("corpus.dir", System.getenv("BENCH_SPECS"));
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured).toAbsolutePath().normalize();
      return Files.isDirectory(dir) ? Optional.of(new BenchSpecs(dir)) : Optional.empty();
    }
    for (Path dir = repositoryRoot.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("bench-specs");
      if (Files.isDirectory(candidate)) {
        return Optional.of(new BenchSpecs(candidate));
      }
    }
    return Optional.empty();
  }

  public static String howToProvide() {
    return "no spec corpus found: put the public vendor specs in shared/bench-specs/ beside the"
        + " checkout (see bench/specs/README.md), or point -Dcorpus.dir (or BENCH_SPECS) at"
        + " a folder of OpenAPI files";
  }

  /** The OpenAPI files, by name. */
  public List<Path> specs() {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches("(?i).*\\.(ya?ml|json)"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
