package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pinned Prism in {@code tools/prism} of this repository (installed by the build with {@code
 * npm ci}). {@link #check()} says, in words a user can act on, what is missing.
 */
public record PrismInstallation(Path toolDir) {

  public static final String VERSION = "5.16.0";

  /** Finds {@code tools/prism} above the working directory, or where {@code -Dprism.dir} says. */
  public static PrismInstallation locate() {
    String configured = System.getProperty("prism.dir");
    if (configured != null && !configured.isBlank()) {
      return new PrismInstallation(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("tools").resolve("prism");
      if (Files.isRegularFile(candidate.resolve("package.json"))) {
        return new PrismInstallation(candidate);
      }
    }
    throw new IllegalStateException(
        "tools/prism/package.json not found above "
            + Path.of("").toAbsolutePath()
            + "; run the build from the repository, or point -Dprism.dir at the tools/prism"
            + " folder");
  }

  public Path executable() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
    return toolDir.resolve("node_modules").resolve(".bin").resolve(windows ? "prism.cmd" : "prism");
  }

  /** Empty when Prism {@value #VERSION} is installed; otherwise what to do about it. */
  public Optional<String> check() {
    String howTo =
        " The build installs it with `npm ci --no-audit --no-fund` in "
            + toolDir
            + " (mock-server, phase process-test-resources), which needs Node.js 20 or newer with"
            + " npm on the PATH (https://nodejs.org/). Install Node.js and rebuild, or run that"
            + " command by hand. To leave the Prism differential check out on purpose, pass"
            + " -Dprism.skip=true.";
    if (!Files.isExecutable(executable())) {
      return Optional.of(
          "Prism " + VERSION + " is not installed: " + executable() + " is missing." + howTo);
    }
    Path manifest = toolDir.resolve("node_modules/@stoplight/prism-cli/package.json");
    try {
      String installed =
          new ObjectMapper().readTree(Files.readAllBytes(manifest)).path("version").asText();
      if (!VERSION.equals(installed)) {
        return Optional.of(
            "Prism "
                + installed
                + " is installed in "
                + toolDir
                + ", but the check is pinned to "
                + VERSION
                + " (tools/prism/package-lock.json)."
                + howTo);
      }
    } catch (IOException e) {
      return Optional.of(
          "Prism's package manifest "
              + manifest
              + " cannot be read ("
              + e.getMessage()
              + ")."
              + howTo);
    }
    return Optional.empty();
  }
}
