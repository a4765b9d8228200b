package dev.paycontract.specs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The index resource lists exactly the spec folders, so it cannot drift from them. */
class SpecIndexTest {

  @Test
  void index_listsEveryProviderFolder_inOrder() throws IOException {
    List<String> expected;
    try (Stream<Path> dirs = Files.list(Fixtures.specsDir())) {
      expected =
          dirs.filter(Files::isDirectory)
              .filter(dir -> Files.isRegularFile(dir.resolve(dir.getFileName() + ".yaml")))
              .map(
                  dir ->
                      "paycontract/specs/" + dir.getFileName() + "/" + dir.getFileName() + ".yaml")
              .sorted()
              .toList();
    }

    assertThat(BundledSpecsTest.indexedSpecs()).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void index_everyEntry_isOnTheClasspath() {
    for (String resource : BundledSpecsTest.indexedSpecs()) {
      assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
    }
  }

  @Test
  void spectralRun_lintsEveryIndexedSpec() throws IOException {
    String pom = Files.readString(Fixtures.specsDir().resolve("pom.xml"));

    for (String resource : BundledSpecsTest.indexedSpecs()) {
      String relative = resource.substring("paycontract/specs/".length());
      assertThat(pom)
          .as("pom.xml spectral-lint arguments")
          .contains("<argument>" + relative + "</argument>");
    }
  }
}
