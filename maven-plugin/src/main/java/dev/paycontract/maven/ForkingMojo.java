package dev.paycontract.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

/** What every goal shares: the JDK 21+ to fork on, the mock's classpath, artifact resolution. */
abstract class ForkingMojo extends AbstractMojo {

  /**
   * A JDK 21 or newer to run the mock on. Without it the plugin takes the JDK toolchain the build
   * selected (when it is 21+), else it looks where {@code bin/mock} looks: {@code JAVA_HOME}, the
   * JDK running Maven, {@code JAVA*_HOME} variables, /usr/lib/jvm, ~/.sdkman, ~/.jdks and the like.
   */
  @Parameter(property = "paycontract.jdkHome")
  File jdkHome;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Inject RepositorySystem repositorySystem;

  @Inject ToolchainManager toolchains;

  /** Where this goal keeps its files: {@code target/<folder>}. */
  Path workDir(String folder) {
    return Path.of(project.getBuild().getDirectory(), folder);
  }

  /** A fork of the mock's command line, with its classpath file written into {@code workDir}. */
  CliFork fork(Path workDir) throws MojoExecutionException {
    JdkFinder.Jdk jdk = jdk();
    getLog().debug("paycontract: forking on " + jdk.home() + " (Java " + jdk.major() + ")");
    try {
      return CliFork.prepare(jdk.java(), MockClasspath.of(plugin), workDir);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the mock's classpath file into " + workDir + ": " + e.getMessage(), e);
    }
  }

  ArtifactFetcher fetcher() {
    return new ArtifactFetcher(
        repositorySystem, session.getRepositorySession(), project.getRemoteProjectRepositories());
  }

  private JdkFinder.Jdk jdk() throws MojoExecutionException {
    if (jdkHome != null) {
      return JdkFinder.inspect(jdkHome.toPath())
          .filter(j -> j.major() >= JdkFinder.MINIMUM)
          .orElseThrow(
              () ->
                  new MojoExecutionException(
                      "<jdkHome> "
                          + jdkHome
                          + " is not a JDK "
                          + JdkFinder.MINIMUM
                          + " or newer (no release file"
                          + " saying so, or no bin/java)."));
    }
    Optional<JdkFinder.Jdk> fromToolchain = toolchainJdk();
    if (fromToolchain.isPresent()) {
      return fromToolchain.get();
    }
    return JdkFinder.onThisMachine()
        .find()
        .orElseThrow(() -> new MojoExecutionException(JdkFinder.NOT_FOUND));
  }

  private Optional<JdkFinder.Jdk> toolchainJdk() {
    Toolchain toolchain =
        toolchains == null ? null : toolchains.getToolchainFromBuildContext("jdk", session);
    String java = toolchain == null ? null : toolchain.findTool("java");
    if (java == null) {
      return Optional.empty();
    }
    Path home = Path.of(java).toAbsolutePath().getParent().getParent();
    return JdkFinder.inspect(home).filter(j -> j.major() >= JdkFinder.MINIMUM);
  }
}
