package dev.paycontract.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The breaking-change gate: compares the project's spec with a baseline (a file, or the same spec
 * inside a released artifact resolved through Maven) and fails the build on a breaking change,
 * printing one plain-words line per change.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends ForkingMojo {

  /** The project's (new) spec. */
  @Parameter(property = "paycontract.diff.spec", required = true)
  File spec;

  /** The baseline spec file. */
  @Parameter(property = "paycontract.diff.baseline")
  File baseline;

  /**
   * Or: the released artifact holding the baseline, {@code
   * groupId:artifactId[:extension[:classifier]]:version}. Unpacked under {@code
   * target/paycontract-diff/}.
   */
  @Parameter(property = "paycontract.diff.baselineArtifact")
  String baselineArtifact;

  /**
   * The baseline's path inside {@code baselineArtifact}; by default the one entry with the spec's
   * file name.
   */
  @Parameter(property = "paycontract.diff.baselineEntry")
  String baselineEntry;

  /** Fail the build on a breaking change. */
  @Parameter(property = "paycontract.diff.failOnBreaking", defaultValue = "true")
  boolean failOnBreaking;

  /** Skip the comparison. */
  @Parameter(property = "paycontract.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("paycontract: skipping diff");
      return;
    }
    Path dir = workDir("paycontract-diff");
    Path newSpec = existing(spec, "spec");
    Path oldSpec = baseline(dir, newSpec);
    List<String> out = new ArrayList<>();
    CliFork.Finished run;
    try {
      run =
          fork(dir)
              .run(List.of("diff", oldSpec.toString(), newSpec.toString()), Map.of(), out::add);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot run the paycontract diff: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted during the paycontract diff");
    }
    String text = String.join("\n", run.lines());
    switch (run.exitCode()) {
      case 0 -> run.lines().forEach(l -> getLog().info(l));
      case 1 -> {
        if (failOnBreaking) {
          run.lines().forEach(l -> getLog().error(l));
          throw new MojoFailureException(
              "Breaking changes from " + oldSpec + " to " + newSpec + ":\n" + text);
        }
        run.lines().forEach(l -> getLog().warn(l));
      }
      default ->
          throw new MojoExecutionException(
              "paycontract diff could not compare "
                  + oldSpec
                  + " and "
                  + newSpec
                  + " (exit code "
                  + run.exitCode()
                  + "):\n"
                  + CliFork.explain(run.lines(), "diff"));
    }
  }

  private Path baseline(Path dir, Path newSpec)
      throws MojoExecutionException, MojoFailureException {
    if ((baseline == null) == (baselineArtifact == null || baselineArtifact.isBlank())) {
      throw new MojoFailureException(
          "Give the diff exactly one of <baseline> (a file) or <baselineArtifact>"
              + " (groupId:artifactId:version).");
    }
    if (baseline != null) {
      return existing(baseline, "baseline");
    }
    Path jar = fetcher().fetch(baselineArtifact, "baselineArtifact");
    Path folder;
    try {
      folder =
          JarUnpacker.unpack(
              jar, dir.resolve(jar.getFileName().toString().replaceAll("\\.jar$", "")));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot unpack " + jar + ": " + e.getMessage(), e);
    }
    if (baselineEntry != null && !baselineEntry.isBlank()) {
      Path entry = folder.resolve(baselineEntry).normalize();
      if (!entry.startsWith(folder) || !Files.isRegularFile(entry)) {
        throw new MojoFailureException(
            "<baselineEntry> " + baselineEntry + " is not in " + baselineArtifact);
      }
      return entry;
    }
    String fileName = newSpec.getFileName().toString();
    List<Path> matches;
    try (Stream<Path> walk = Files.walk(folder)) {
      matches = walk.filter(p -> p.getFileName().toString().equals(fileName)).toList();
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + folder + ": " + e.getMessage(), e);
    }
    if (matches.size() != 1) {
      throw new MojoFailureException(
          baselineArtifact
              + " holds "
              + matches.size()
              + " files named "
              + fileName
              + (matches.isEmpty()
                  ? ""
                  : " ("
                      + matches.stream().map(p -> folder.relativize(p).toString()).toList()
                      + ")")
              + ": set <baselineEntry> to the path of the baseline inside it.");
    }
    return matches.get(0);
  }

  private Path existing(File file, String parameter) throws MojoFailureException {
    Path path = project.getBasedir().toPath().resolve(file.toPath()).normalize();
    if (!Files.isRegularFile(path)) {
      throw new MojoFailureException(
          "Spec not found: " + path + " (from <" + parameter + "> of diff)");
    }
    return path;
  }
}
