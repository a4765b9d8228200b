package dev.paycontract.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The live contract test: sends every operation's example requests (and requests that break one
 * constraint each) to a running server and checks every answer against the specs, with a JUnit XML
 * report under {@code target/paycontract-verify/}. Fails the build on findings unless {@code
 * failOnFindings} is false.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class VerifyMojo extends ForkingMojo {

  /** The spec files the server must honour. */
  @Parameter(required = true)
  List<File> specs = new ArrayList<>();

  /** The server to check, e.g. {@code ${paycontract.mock.baseUrl}} or a provider's sandbox. */
  @Parameter(property = "paycontract.verify.baseUrl", required = true)
  String baseUrl;

  /**
   * Credentials per security scheme ({@code <bearerAuth>${env.TOKEN}</bearerAuth>}; basic: {@code
   * user:password}). Handed to the fork through its environment, never on its command line, and
   * never printed.
   */
  @Parameter Map<String, String> credentials = new LinkedHashMap<>();

  /** Only these operationIds or tags. */
  @Parameter List<String> only = new ArrayList<>();

  /** Leave out these operationIds or tags. */
  @Parameter List<String> exclude = new ArrayList<>();

  /** Requests per second (0 = no pause); the CLI's default when unset. */
  @Parameter(property = "paycontract.verify.rate")
  Double rate;

  /** Per-request timeout in seconds; the CLI's default when unset. */
  @Parameter(property = "paycontract.verify.timeout")
  Double timeout;

  /** Also send requests that break one constraint each. */
  @Parameter(property = "paycontract.verify.negative", defaultValue = "true")
  boolean negative;

  /** The JUnit XML report; by default {@code target/paycontract-verify/TEST-<execution id>.xml}. */
  @Parameter(property = "paycontract.verify.junitXml")
  File junitXml;

  /** Fail the build when the server breaks the contract. */
  @Parameter(property = "paycontract.verify.failOnFindings", defaultValue = "true")
  boolean failOnFindings;

  /** Skip the contract test (also skipped with {@code -DskipITs} or {@code -DskipTests}). */
  @Parameter(property = "paycontract.skip", defaultValue = "false")
  boolean skip;

  @Parameter(property = "skipITs", defaultValue = "false", readonly = true)
  boolean skipITs;

  @Parameter(property = "skipTests", defaultValue = "false", readonly = true)
  boolean skipTests;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipITs || skipTests) {
      getLog().info("paycontract: skipping verify");
      return;
    }
    Path dir = workDir("paycontract-verify");
    Path report =
        junitXml != null
            ? junitXml.toPath()
            : dir.resolve("TEST-" + mojoExecution.getExecutionId() + ".xml");
    List<String> args =
        new ArrayList<>(List.of("verify", "--base-url", baseUrl, "--junit-xml", report.toString()));
    if (!only.isEmpty()) {
      args.addAll(List.of("--only", String.join(",", only)));
    }
    if (!exclude.isEmpty()) {
      args.addAll(List.of("--skip", String.join(",", exclude)));
    }
    if (rate != null) {
      args.addAll(List.of("--rate", rate.toString()));
    }
    if (timeout != null) {
      args.addAll(List.of("--timeout", timeout.toString()));
    }
    args.add(negative ? "--negative" : "--no-negative");
    for (File spec : specs) {
      Path path = project.getBasedir().toPath().resolve(spec.toPath()).normalize();
      if (!Files.isRegularFile(path)) {
        throw new MojoFailureException("Spec not found: " + path + " (from <specs> of verify)");
      }
      args.add(path.toString());
    }
    Map<String, String> env = new LinkedHashMap<>();
    credentials.forEach(
        (scheme, value) ->
            env.put(
                "PAYCONTRACT_CREDENTIAL_"
                    + scheme.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"),
                value));
    CliFork.Finished run;
    try {
      Files.createDirectories(report.toAbsolutePath().getParent());
      run = fork(dir).run(args, env, line -> getLog().info(line));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot run the paycontract verify: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted during the paycontract verify");
    }
    switch (run.exitCode()) {
      case 0 ->
          getLog().info("paycontract: " + baseUrl + " keeps the contract (report: " + report + ")");
      case 1 -> {
        String message = baseUrl + " breaks the contract: see the findings above and " + report;
        if (failOnFindings) {
          throw new MojoFailureException(message);
        }
        getLog().warn("paycontract: " + message + " (failOnFindings=false)");
      }
      default ->
          throw new MojoExecutionException(
              "paycontract verify could not run (exit code "
                  + run.exitCode()
                  + "): "
                  + CliFork.explain(run.lines(), "verify"));
    }
  }
}
