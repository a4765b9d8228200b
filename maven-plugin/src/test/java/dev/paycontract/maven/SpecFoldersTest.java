package dev.paycontract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFoldersTest {

  @TempDir Path tmp;

  @Test
  void unpackAndFind_specsJarLayout_servesEachProviderFolderOnce() throws IOException {
    Path jar =
        jar(
            "META-INF/MANIFEST.MF",
            "paycontract/specs/index.txt",
            "paycontract/specs/sezzle/sezzle.yaml",
            "paycontract/specs/sezzle/parts/order.yaml",
            "paycontract/specs/kibo/kibo.yaml");

    Path root = JarUnpacker.unpack(jar, tmp.resolve("out"));

    assertThat(SpecFolders.holdingSpecs(root))
        .containsExactly(
            root.resolve("paycontract/specs/kibo"), root.resolve("paycontract/specs/sezzle"));
    assertThat(root.resolve("META-INF")).doesNotExist();
  }

  @Test
  void unpack_entryLeavingTheFolder_isRefused() throws IOException {
    Path jar = jar("../evil.yaml");

    assertThatThrownBy(() -> JarUnpacker.unpack(jar, tmp.resolve("out")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("../evil.yaml points outside the folder");
    assertThat(tmp.resolve("evil.yaml")).doesNotExist();
  }

  private Path jar(String... entries) throws IOException {
    Path jar = tmp.resolve("specs.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("openapi: 3.0.3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
