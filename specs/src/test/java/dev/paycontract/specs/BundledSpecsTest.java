package dev.paycontract.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every spec listed in the index passes every check, and ships unchanged in the jar. */
class BundledSpecsTest {

  private static final String PREFIX = "paycontract/specs/";

  static List<String> indexedSpecs() {
    return Fixtures.resource(PREFIX + "index.txt").lines().filter(l -> !l.isBlank()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexedSpecs")
  void check_bundledSpec_hasNoFindings(String resource) {
    String relative = resource.substring(PREFIX.length());
    Path source = Fixtures.specsDir().resolve(relative);

    List<Finding> findings = new SpecChecker().check(relative, readString(source));

    assertThat(findings)
        .as(
            "%d finding(s) in %s:%n%s",
            findings.size(),
            relative,
            findings.stream()
                .map(Finding::format)
                .collect(Collectors.joining(System.lineSeparator())))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexedSpecs")
  void resource_bundledSpec_equalsSourceFile(String resource) {
    Path source = Fixtures.specsDir().resolve(resource.substring(PREFIX.length()));

    assertThat(Fixtures.resource(resource)).isEqualTo(readString(source));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
