package dev.paycontract.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSpecsTest {

  @TempDir Path root;

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void providers_specsAndBaselines_areUnitedAndSorted() throws IOException {
    write("specs/sezzle/sezzle.yaml", "openapi: 3.0.3");
    write("specs/kibo/kibo.yaml", "openapi: 3.0.3");
    write(BundledSpecs.BASELINE_DIR + "/sezzle.yaml", "openapi: 3.0.3");
    write(BundledSpecs.BASELINE_DIR + "/removed.yaml", "openapi: 3.0.3");
    write(BundledSpecs.BASELINE_DIR + "/README.md", "# Spec baselines");

    assertThat(new BundledSpecs(root).providers()).containsExactly("kibo", "removed", "sezzle");
  }

  @Test
  void providers_folderWithoutItsNamedSpec_isNotAProvider() throws IOException {
    write("specs/node_modules/ajv/ajv.json", "{}");
    write("specs/shared/common.yaml", "openapi: 3.0.3");

    assertThat(new BundledSpecs(root).providers()).isEmpty();
  }

  @Test
  void read_missingFile_isEmpty() throws IOException {
    Files.createDirectories(root.resolve("specs"));

    assertThat(new BundledSpecs(root).read("CHANGELOG.md")).isEmpty();
  }

  @Test
  void create_rootWithoutSpecs_namesTheFolderAndTheProperty() {
    assertThatThrownBy(() -> new BundledSpecs(root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no specs/ folder in " + root)
        .hasMessageContaining("-Dgate.rootDir=");
  }
}
