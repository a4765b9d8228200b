package dev.paycontract.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Stops the mocks that {@code start} started in this project: every one, or the one named by {@code
 * name}. Bound to {@code post-integration-test}, which runs even when integration tests failed
 * (Failsafe fails the build only in {@code verify}).
 */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractMojo {

  /** Stop only the mock of this name; without it every mock of this project is stopped. */
  @Parameter(property = "paycontract.mock.stopName")
  String name;

  /** Seconds to wait for a clean stop before the mock is killed. */
  @Parameter(property = "paycontract.mock.stopTimeout", defaultValue = "10")
  int stopTimeout;

  /** Skip stopping (only useful together with skipping start). */
  @Parameter(property = "paycontract.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("paycontract: skipping stop");
      return;
    }
    Path dir = Path.of(project.getBuild().getDirectory(), "paycontract-mock");
    List<Path> files;
    try {
      files =
          name == null || name.isBlank() ? MockState.all(dir) : List.of(MockState.file(dir, name));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      Optional<MockState> state = MockState.load(file);
      if (state.isEmpty()) {
        getLog()
            .info(
                "paycontract: no running mock "
                    + (name == null ? "" : "'" + name + "' ")
                    + "("
                    + file
                    + ")");
        continue;
      }
      MockState mock = state.get();
      Optional<ProcessHandle> process = mock.process();
      if (process.isPresent()) {
        boolean clean = end(process.get(), Duration.ofSeconds(stopTimeout));
        getLog()
            .info(
                "paycontract: mock '"
                    + mock.name()
                    + "' stopped ("
                    + mock.baseUrl()
                    + (clean ? "" : ", killed")
                    + ")");
      } else {
        getLog().info("paycontract: mock '" + mock.name() + "' had already ended");
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        getLog().warn("paycontract: cannot delete " + file + ": " + e.getMessage());
      }
    }
  }

  /**
   * Asks the process to end (its shutdown hook closes the server), kills it after {@code grace};
   * true when it ended by itself.
   */
  static boolean end(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return true;
    }
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return false;
    }
  }
}
