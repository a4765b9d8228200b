package dev.paycontract.contract.examples;

import dev.paycontract.client.examples.ProviderSpec;
import dev.paycontract.client.examples.SpecCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The specs the {@code paycontract-specs} artifact ships, as listed by its {@code
 * paycontract/specs/index.txt} (one classpath resource per line). The tests read the artifact,
 * never a copy, so a spec added to the index is tested without anyone writing a test.
 */
final class SpecArtifact {

  private static volatile List<BundledSpec> loaded;

  private SpecArtifact() {}

  /** Every listed spec, parsed once per JVM. */
  static List<BundledSpec> specs() {
    if (loaded == null) {
      synchronized (SpecArtifact.class) {
        if (loaded == null) {
          loaded = load();
        }
      }
    }
    return loaded;
  }

  /** Writes every spec to {@code dir} under its file name and returns the files, in index order. */
  static List<Path> extractTo(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (BundledSpec spec : specs()) {
      files.add(Files.writeString(dir.resolve(spec.fileName()), spec.yaml()));
    }
    return files;
  }

  private static List<BundledSpec> load() {
    List<BundledSpec> specs = new ArrayList<>();
    for (ProviderSpec spec : SpecCatalog.load()) {
      specs.add(
          new BundledSpec(
              spec.provider(), spec.resource(), SpecCatalog.read(spec.resource()), spec.api()));
    }
    return List.copyOf(specs);
  }
}
