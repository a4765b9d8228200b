package dev.paycontract.specs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test resources and the folder the specs are edited in. */
final class Fixtures {

  private Fixtures() {}

  /** The specs module folder; surefire sets it, an IDE run falls back to the working directory. */
  static Path specsDir() {
    return Path.of(System.getProperty("paycontract.specs.dir", ".")).toAbsolutePath().normalize();
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no classpath resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
