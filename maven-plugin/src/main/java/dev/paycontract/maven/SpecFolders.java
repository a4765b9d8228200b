package dev.paycontract.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The topmost folders of an unpacked spec jar that hold spec files: the CLI scans a folder two
 * levels deep, and a jar keeps its specs deeper (e.g. {@code paycontract/specs/sezzle/}).
 */
final class SpecFolders {

  private static final Pattern SPEC_FILE = Pattern.compile(".*\\.(ya?ml|json)$");

  private SpecFolders() {}

  static List<Path> holdingSpecs(Path root) throws IOException {
    List<Path> parents;
    try (Stream<Path> walk = Files.walk(root)) {
      parents =
          walk.filter(Files::isRegularFile)
              .filter(p -> SPEC_FILE.matcher(p.getFileName().toString()).matches())
              .map(Path::getParent)
              .distinct()
              .sorted()
              .toList();
    }
    List<Path> topmost = new ArrayList<>();
    for (Path p : parents) {
      if (topmost.stream().noneMatch(p::startsWith)) {
        topmost.add(p);
      }
    }
    return topmost;
  }
}
