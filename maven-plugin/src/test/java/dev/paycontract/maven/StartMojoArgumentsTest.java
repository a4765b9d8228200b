package dev.paycontract.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartMojoArgumentsTest {

  @TempDir Path basedir;

  private final StartMojo mojo = new StartMojo();

  @BeforeEach
  void defaults() throws IOException {
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    mojo.project = project;
    mojo.name = "mock";
    mojo.host = "127.0.0.1";
    mojo.cors = true;
    mojo.verboseLevel = "info";
    Files.createDirectories(basedir.resolve("src/test/openapi"));
    Files.writeString(basedir.resolve("src/test/openapi/payments.yaml"), "openapi: 3.0.3\n");
  }

  @Test
  void arguments_defaults_portZeroNoWatchAndTheSpec() throws Exception {
    mojo.specs = List.of(new File("src/test/openapi/payments.yaml"));

    assertThat(mojo.arguments(basedir.resolve("target")))
        .containsExactly(
            "mock",
            "--port",
            "0",
            "--host",
            "127.0.0.1",
            "--cors=true",
            "--no-watch",
            "--verbose-level",
            "info",
            basedir.resolve("src/test/openapi/payments.yaml").toString());
  }

  @Test
  void arguments_everyOption_mapsOntoTheCliFlags() throws Exception {
    mojo.port = 4010;
    mojo.dynamic = true;
    mojo.seed = "7";
    mojo.stateful = true;
    mojo.errors = true;
    mojo.cors = false;
    mojo.watch = true;
    mojo.mounts = List.of("/v1=src/test/openapi/payments.yaml");
    mojo.arguments = List.of("--ignore-examples");

    assertThat(mojo.arguments(basedir.resolve("target")))
        .containsExactly(
            "mock",
            "--port",
            "4010",
            "--host",
            "127.0.0.1",
            "--dynamic",
            "--seed",
            "7",
            "--stateful",
            "--errors",
            "--cors=false",
            "--watch",
            "--verbose-level",
            "info",
            "--mount",
            "/v1=src/test/openapi/payments.yaml",
            "--ignore-examples");
  }

  @Test
  void arguments_missingSpec_failsNamingTheFileAndTheParameter() {
    mojo.specs = List.of(new File("src/test/openapi/nope.yaml"));

    assertThatThrownBy(() -> mojo.arguments(basedir.resolve("target")))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "Spec not found: "
                + basedir.resolve("src/test/openapi/nope.yaml")
                + " (from <specs> of the mock 'mock')");
  }

  @Test
  void arguments_noSpecAtAll_saysWhatToConfigure() {
    assertThatThrownBy(() -> mojo.arguments(basedir.resolve("target")))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("configure <specs>, <specArtifacts> or <mounts>");
  }
}
