package dev.paycontract.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The forked mock's classpath: the plugin's own resolved dependencies (the mock server and its
 * runtime dependencies), taken as jar paths. Their classes are Java 21 bytecode and are never
 * loaded into Maven's JVM.
 */
final class MockClasspath {

  static final String MOCK_ARTIFACT_ID = "paycontract-mock-server";

  private MockClasspath() {}

  static List<Path> of(PluginDescriptor plugin) throws MojoExecutionException {
    List<Artifact> artifacts =
        plugin.getArtifacts().stream()
            .filter(
                a ->
                    !(a.getGroupId().equals(plugin.getGroupId())
                        && a.getArtifactId().equals(plugin.getArtifactId())))
            .filter(a -> a.getFile() != null && "jar".equals(a.getType()))
            .collect(Collectors.toList());
    if (artifacts.stream().noneMatch(a -> a.getArtifactId().equals(MOCK_ARTIFACT_ID))) {
      throw new MojoExecutionException(
          "The plugin's dependencies do not include "
              + MOCK_ARTIFACT_ID
              + "; do not exclude it from "
              + plugin.getArtifactId()
              + " in <plugin><dependencies>.");
    }
    return artifacts.stream().map(Artifact::getFile).map(File::toPath).collect(Collectors.toList());
  }
}
