package dev.paycontract.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdkFinderTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({"21.0.2, 21", "'\"25\"', 25", "1.8.0_392, 8", "17+35, 17", "23-ea, 23"})
  void featureVersion_releaseFileValue_givesTheMajor(String value, int major) {
    assertThat(JdkFinder.featureVersion(value)).contains(major);
  }

  @Test
  void find_javaHomeIs21_prefersItOverANewerOne() throws IOException {
    Path home21 = jdk("jdk-21", "21.0.4");
    jdk("jvm/jdk-25", "25");

    JdkFinder finder =
        new JdkFinder(Map.of("JAVA_HOME", home21.toString()), null, List.of(tmp.resolve("jvm")));

    assertThat(finder.find()).map(JdkFinder.Jdk::home).contains(home21);
  }

  @Test
  void find_javaHomeIs17_takesTheNewestInTheJvmFolders() throws IOException {
    Path home17 = jdk("jdk-17", "17.0.15");
    jdk("jvm/jdk-21", "21.0.4");
    Path home25 = jdk("jvm/temurin-25", "25.0.1");

    JdkFinder finder =
        new JdkFinder(Map.of("JAVA_HOME", home17.toString()), home17, List.of(tmp.resolve("jvm")));

    assertThat(finder.find()).map(JdkFinder.Jdk::home).contains(home25);
  }

  @Test
  void find_java21HomeVariable_isACandidate() throws IOException {
    Path home = jdk("elsewhere/21", "21");

    JdkFinder finder = new JdkFinder(Map.of("JAVA21_HOME", home.toString()), null, List.of());

    assertThat(finder.find()).map(JdkFinder.Jdk::major).contains(21);
  }

  @Test
  void find_only17AndAJreWithoutJava_findsNothing() throws IOException {
    Path home17 = jdk("jvm/jdk-17", "17.0.15");
    Path broken = tmp.resolve("jvm/jdk-21-without-bin");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("release"), "JAVA_VERSION=\"21\"\n");

    JdkFinder finder =
        new JdkFinder(Map.of(), home17, List.of(tmp.resolve("jvm"), tmp.resolve("absent")));

    assertThat(finder.find()).isEmpty();
  }

  @Test
  void notFoundMessage_saysWhatToInstallAndWhere() {
    assertThat(JdkFinder.NOT_FOUND)
        .contains(
            "No JDK 21 or newer",
            "openjdk-21-jdk-headless",
            "/usr/lib/jvm, ~/.sdkman or ~/.jdks",
            "<jdkHome>");
  }

  private Path jdk(String dir, String version) throws IOException {
    Path home = tmp.resolve(dir);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
    Files.writeString(home.resolve("bin/java"), "");
    return home.toAbsolutePath().normalize();
  }
}
