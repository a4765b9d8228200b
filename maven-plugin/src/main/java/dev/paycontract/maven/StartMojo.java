package dev.paycontract.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the paycontract mock server on one or more specs, in a JVM of its own (JDK 21+), waits
 * until it answers, and sets its base URL and port as project properties for the integration tests
 * (in Failsafe's systemPropertyVariables, e.g. payments.url set to {@code
 * ${paycontract.mock.baseUrl}}). Pair it with the stop goal. Two executions with different {@code
 * name}s run two mocks. The mock's output goes to {@code target/paycontract-mock/NAME.log}.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends ForkingMojo {

  /** Spec files, or folders scanned for root documents (two levels deep, as the CLI does). */
  @Parameter List<File> specs = new ArrayList<>();

  /**
   * Jars of specs resolved through Maven, as {@code
   * groupId:artifactId[:extension[:classifier]]:version} (e.g. {@code
   * dev.paycontract:paycontract-specs:0.1.0}): each is unpacked under {@code
   * target/paycontract-mock/specs/} and every folder holding specs is served.
   */
  @Parameter List<String> specArtifacts = new ArrayList<>();

  /** Specs served under a path prefix, as {@code /PREFIX=SPEC} (the CLI's {@code --mount}). */
  @Parameter List<String> mounts = new ArrayList<>();

  /**
   * The mock's name: tells two mocks of one build apart (properties, log and state files, stop).
   */
  @Parameter(defaultValue = "mock")
  String name;

  /**
   * Port to listen on; 0 takes any free port (read back from the mock). No user property on
   * purpose: {@code paycontract.mock.port} is what this goal sets.
   */
  @Parameter(defaultValue = "0")
  int port;

  /** Address to listen on. */
  @Parameter(property = "paycontract.mock.host", defaultValue = "127.0.0.1")
  String host;

  /** Generate bodies from the schemas instead of the examples. */
  @Parameter(property = "paycontract.mock.dynamic", defaultValue = "false")
  boolean dynamic;

  /** Seed for dynamic bodies (same seed, same bodies). */
  @Parameter(property = "paycontract.mock.seed")
  String seed;

  /**
   * Responses follow the requests: creates are stored and read back, sent fields echoed (the CLI's
   * {@code --stateful}; not Prism behaviour).
   */
  @Parameter(property = "paycontract.mock.stateful", defaultValue = "false")
  boolean stateful;

  /** Turn the mock's own response violations into 500 problems. */
  @Parameter(property = "paycontract.mock.errors", defaultValue = "false")
  boolean errors;

  /** CORS headers and automatic preflight answers. */
  @Parameter(property = "paycontract.mock.cors", defaultValue = "true")
  boolean cors;

  /** Reload when a spec changes (off in builds: nothing edits the specs while tests run). */
  @Parameter(property = "paycontract.mock.watch", defaultValue = "false")
  boolean watch;

  /** The mock's log level: trace, debug, info, warn, error, fatal or silent. */
  @Parameter(property = "paycontract.mock.verboseLevel", defaultValue = "info")
  String verboseLevel;

  /** Further command-line arguments for {@code mock} (see {@code bin/mock mock --help}). */
  @Parameter List<String> arguments = new ArrayList<>();

  /** The project property set to the base URL, e.g. {@code http://127.0.0.1:41234}. */
  @Parameter(defaultValue = "paycontract.mock.baseUrl")
  String baseUrlProperty;

  /** The project property set to the bound port. */
  @Parameter(defaultValue = "paycontract.mock.port")
  String portProperty;

  /** How long to wait for the mock to answer, in seconds. */
  @Parameter(property = "paycontract.mock.startTimeout", defaultValue = "60")
  int startTimeout;

  /** Skip starting the mock (also skipped with {@code -DskipITs} or {@code -DskipTests}). */
  @Parameter(property = "paycontract.skip", defaultValue = "false")
  boolean skip;

  @Parameter(property = "skipITs", defaultValue = "false", readonly = true)
  boolean skipITs;

  @Parameter(property = "skipTests", defaultValue = "false", readonly = true)
  boolean skipTests;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipITs || skipTests) {
      getLog().info("paycontract: skipping the mock '" + name + "'");
      return;
    }
    Path dir = workDir("paycontract-mock");
    refuseSecondStart(dir);
    List<String> args = arguments(dir);
    CliFork fork = fork(dir);
    Path logFile = dir.resolve(name + ".log");
    Process process;
    try {
      process = fork.start(args, logFile);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot start the paycontract mock: " + e.getMessage(), e);
    }
    // A build that aborts before stop (Ctrl-C, a later failure) must not leave the mock behind.
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> StopMojo.end(process.toHandle(), Duration.ofSeconds(5))));
    long startedAt = System.nanoTime();
    StartupWatch.Outcome outcome;
    try {
      outcome = StartupWatch.await(process, logFile, Duration.ofSeconds(startTimeout));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new MojoExecutionException("Interrupted while the paycontract mock started");
    }
    if (outcome instanceof StartupWatch.Outcome.Answering answering) {
      announce(dir, process, answering, Duration.ofNanos(System.nanoTime() - startedAt));
    } else if (outcome instanceof StartupWatch.Outcome.Exited exited) {
      throw new MojoFailureException(
          "The paycontract mock '"
              + name
              + "' did not start (exit code "
              + exited.exitCode()
              + "):\n"
              + tail(exited.log())
              + "\n(full output: "
              + logFile
              + ")");
    } else if (outcome instanceof StartupWatch.Outcome.TimedOut timedOut) {
      StopMojo.end(process.toHandle(), Duration.ofSeconds(5));
      throw new MojoFailureException(
          "The paycontract mock '"
              + name
              + "' did not answer within "
              + startTimeout
              + " s:\n"
              + tail(timedOut.log())
              + "\n(full output: "
              + logFile
              + ")");
    }
  }

  private void announce(
      Path dir, Process process, StartupWatch.Outcome.Answering answering, Duration took)
      throws MojoExecutionException {
    String baseUrl = answering.baseUrl().toString().replaceAll("/+$", "");
    int boundPort = answering.baseUrl().getPort();
    MockState state =
        new MockState(
            name,
            process.pid(),
            process.toHandle().info().startInstant().orElse(null),
            baseUrl,
            boundPort);
    try {
      state.save(dir);
    } catch (IOException e) {
      StopMojo.end(process.toHandle(), Duration.ofSeconds(5));
      throw new MojoExecutionException(
          "Cannot write " + MockState.file(dir, name) + ": " + e.getMessage(), e);
    }
    project.getProperties().setProperty(baseUrlProperty, baseUrl);
    project.getProperties().setProperty(portProperty, Integer.toString(boundPort));
    project.getProperties().setProperty("paycontract.mock." + name + ".baseUrl", baseUrl);
    project
        .getProperties()
        .setProperty("paycontract.mock." + name + ".port", Integer.toString(boundPort));
    getLog()
        .info(
            "paycontract: mock '"
                + name
                + "' listening on "
                + baseUrl
                + " after "
                + String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0)
                + " (pid "
                + process.pid()
                + "; properties "
                + baseUrlProperty
                + ", paycontract.mock."
                + name
                + ".baseUrl and the ports;"
                + " log: "
                + dir.resolve(name + ".log")
                + ")");
  }

  private void refuseSecondStart(Path dir) throws MojoFailureException {
    Optional<MockState> running =
        MockState.load(MockState.file(dir, name)).filter(s -> s.process().isPresent());
    if (running.isPresent()) {
      throw new MojoFailureException(
          "A paycontract mock named '"
              + name
              + "' is already running (pid "
              + running.get().pid()
              + ", "
              + running.get().baseUrl()
              + "): give the second execution another <name>,"
              + " or run the stop goal first.");
    }
  }

  List<String> arguments(Path dir) throws MojoExecutionException, MojoFailureException {
    List<String> args =
        new ArrayList<>(List.of("mock", "--port", Integer.toString(port), "--host", host));
    if (dynamic) {
      args.add("--dynamic");
    }
    if (seed != null && !seed.isBlank()) {
      args.addAll(List.of("--seed", seed));
    }
    if (stateful) {
      args.add("--stateful");
    }
    if (errors) {
      args.add("--errors");
    }
    args.add("--cors=" + cors);
    args.add(watch ? "--watch" : "--no-watch");
    args.addAll(List.of("--verbose-level", verboseLevel));
    for (String mount : mounts) {
      int eq = mount.indexOf('=');
      if (eq > 0) {
        requireExists(
            project.getBasedir().toPath().resolve(mount.substring(eq + 1).trim()), "mounts");
      }
      args.addAll(List.of("--mount", mount.trim()));
    }
    args.addAll(arguments);
    List<Path> served = new ArrayList<>();
    for (File spec : specs) {
      Path path =
          spec.toPath().isAbsolute()
              ? spec.toPath()
              : project.getBasedir().toPath().resolve(spec.toPath());
      served.add(requireExists(path.normalize(), "specs"));
    }
    for (String coordinates : specArtifacts) {
      served.addAll(unpacked(coordinates, dir));
    }
    if (served.isEmpty() && mounts.isEmpty()) {
      throw new MojoFailureException(
          "No spec to serve: configure <specs>, <specArtifacts> or <mounts> for the mock '"
              + name
              + "'.");
    }
    served.forEach(p -> args.add(p.toString()));
    return args;
  }

  private Path requireExists(Path path, String parameter) throws MojoFailureException {
    if (!Files.exists(path)) {
      throw new MojoFailureException(
          "Spec not found: " + path + " (from <" + parameter + "> of the mock '" + name + "')");
    }
    return path;
  }

  private List<Path> unpacked(String coordinates, Path dir)
      throws MojoExecutionException, MojoFailureException {
    Path jar = fetcher().fetch(coordinates, "specArtifacts");
    String folderName = jar.getFileName().toString().replaceAll("\\.jar$", "");
    Path folder;
    try {
      folder = JarUnpacker.unpack(jar, dir.resolve("specs").resolve(folderName));
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot unpack " + jar + ": " + e.getMessage(), e);
    }
    List<Path> folders;
    try {
      folders = SpecFolders.holdingSpecs(folder);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + folder + ": " + e.getMessage(), e);
    }
    if (folders.isEmpty()) {
      throw new MojoFailureException(
          "<specArtifacts> " + coordinates + " holds no .yaml, .yml or .json file");
    }
    return folders;
  }

  private static String tail(List<String> log) {
    List<String> last = log.subList(Math.max(0, log.size() - 20), log.size());
    return last.stream().map(l -> "  " + l).collect(Collectors.joining("\n"));
  }
}
