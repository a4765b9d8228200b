package dev.paycontract.contract.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the bundled specs ({@code specs/<provider>/<provider>.yaml}), their baselines ({@code
 * contract-tests/src/test/resources/baseline/<provider>.yaml}) and CHANGELOG.md in the source tree
 * rooted at {@code root}.
 */
final class BundledSpecs {

  static final String BASELINE_DIR = "contract-tests/src/test/resources/baseline";

  private final Path root;

  BundledSpecs(Path root) {
    this.root = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(this.root.resolve("specs"))) {
      throw new IllegalArgumentException(
          "no specs/ folder in "
              + this.root
              + "; run from the repository (Maven: -Dgate.rootDir=<repository root>; IDE:"
              + " -Dpaycontract.rootDir=...)");
    }
  }

  /** Every provider with a spec, a baseline, or both; sorted. */
  SortedSet<String> providers() {
    SortedSet<String> providers = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(root.resolve("specs"))) {
      dirs.filter(dir -> Files.isRegularFile(dir.resolve(dir.getFileName() + ".yaml")))
          .forEach(dir -> providers.add(dir.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path baselines = root.resolve(BASELINE_DIR);
    if (Files.isDirectory(baselines)) {
      try (Stream<Path> files = Files.list(baselines)) {
        files
            .map(file -> file.getFileName().toString())
            .filter(name -> name.endsWith(".yaml"))
            .forEach(name -> providers.add(name.substring(0, name.length() - ".yaml".length())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return providers;
  }

  String specFile(String provider) {
    return "specs/" + provider + "/" + provider + ".yaml";
  }

  String baselineFile(String provider) {
    return BASELINE_DIR + "/" + provider + ".yaml";
  }

  Optional<String> read(String relativeFile) {
    Path file = root.resolve(relativeFile);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relativeFile, e);
    }
  }

  Optional<String> changelog() {
    return read("CHANGELOG.md");
  }
}
