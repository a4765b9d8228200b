package dev.paycontract.contract.examples;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The specs the {@code paycontract-specs} artifact ships, as listed by its
 * {@code paycontract/specs/index.txt} (one classpath resource per line). The tests read the
 * artifact, never a copy, so a spec added to the index is tested without anyone writing a test.
 */
final class SpecArtifact {

  static final String INDEX = "paycontract/specs/index.txt";

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
    for (String line : read(INDEX).split("\\R")) {
      String resource = line.strip();
      if (!resource.isEmpty() && !resource.startsWith("#")) {
        specs.add(parse(resource));
      }
    }
    if (specs.isEmpty()) {
      throw new IllegalStateException(INDEX + " lists no spec");
    }
    return List.copyOf(specs);
  }

  private static BundledSpec parse(String resource) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    if (!file.endsWith(".yaml")) {
      throw new IllegalStateException(INDEX + ": expected <provider>.yaml, found " + resource);
    }
    String yaml = read(resource);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalStateException(resource + " does not parse: " + result.getMessages());
    }
    return new BundledSpec(file.substring(0, file.length() - ".yaml".length()), resource, yaml,
        result.getOpenAPI());
  }

  private static String read(String resource) {
    try (InputStream in = SpecArtifact.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the test classpath (dependency paycontract-specs)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
