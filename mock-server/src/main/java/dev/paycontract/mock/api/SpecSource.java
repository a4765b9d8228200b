package dev.paycontract.mock.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A spec file or folder to serve, optionally under a path prefix.
 *
 * @param path a root document, or a folder scanned for root documents
 * @param mountPrefix "" or a prefix such as {@code /stripe} put in front of every spec path
 */
public record SpecSource(Path path, String mountPrefix) {

  public SpecSource {
    Objects.requireNonNull(path, "path == null");
    mountPrefix = normalise(mountPrefix);
  }

  public static SpecSource of(Path path) {
    return new SpecSource(path, "");
  }

  /** Parses the CLI form {@code /prefix=path/to/spec.yaml}. */
  public static SpecSource parseMount(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1 || !text.startsWith("/")) {
      throw new IllegalArgumentException(
          "Invalid mount '" + text + "': expected /prefix=path/to/spec.yaml");
    }
    return new SpecSource(Path.of(text.substring(eq + 1)), text.substring(0, eq));
  }

  private static String normalise(String prefix) {
    if (prefix == null || prefix.isEmpty() || prefix.equals("/")) {
      return "";
    }
    String p = prefix.startsWith("/") ? prefix : "/" + prefix;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
