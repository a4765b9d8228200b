package dev.paycontract.mock.cli;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.log.RequestLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mock}: Prism's flags and defaults (docs/prism-behaviour.md section 2). */
@Command(
    name = "mock",
    description = "Serve mock responses for one or more OpenAPI 3.0/3.1 specs (files or folders).",
    sortOptions = false,
    versionProvider = RootCommand.Version.class)
final class MockCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "SPEC_OR_FOLDER",
      description = "Spec files, or folders scanned for root documents.")
  List<Path> specs = new ArrayList<>();

  @Option(
      names = "--mount",
      paramLabel = "/PREFIX=SPEC",
      description = "Serve a spec under a path prefix (repeatable).")
  List<String> mounts = new ArrayList<>();

  @Option(
      names = {"-p", "--port"},
      defaultValue = "4010",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = {"-h", "--host"},
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = {"-d", "--dynamic"},
      description = "Generate bodies from the schemas instead of examples.")
  boolean dynamic;

  @Option(names = "--errors", description = "Turn response violations into 500 problems.")
  boolean errors;

  @Option(
      names = "--cors",
      arity = "0..1",
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "CORS headers and automatic preflight (default: ${DEFAULT-VALUE}; --cors=false to"
              + " disable).")
  boolean cors;

  @Option(
      names = {"--ignore-examples", "--ignoreExamples"},
      description = "Static mode ignores examples and samples the schemas.")
  boolean ignoreExamples;

  @Option(names = "--seed", description = "Seed for dynamic generation (same seed, same bodies).")
  String seed;

  @Option(
      names = "--allow-remote-refs",
      description = "Let specs $ref http(s) URLs (fetched at start-up).")
  boolean allowRemoteRefs;

  @Option(
      names = "--stateful",
      description =
          "Responses follow the requests: creates are stored and read back, sent fields echoed,"
              + " paired examples (not Prism behaviour; see docs/response-selection.md).")
  boolean stateful;

  static final String VALIDATE_LIKE_PRISM =
      "Validate nothing against a schema Prism 5.16's validator cannot compile, as Prism does:"
          + " nullable without type, an enum listing an item twice, a pattern JavaScript refuses"
          + " (default: such schemas are validated; see docs/prism-compatibility.md, D9).";

  @Option(names = "--validate-like-prism", description = VALIDATE_LIKE_PRISM)
  boolean validateLikePrism;

  @Mixin RunOptions run;

  @Option(
      names = "--log-format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text|json: the request log as text lines or one JSON object per line (default:"
              + " ${DEFAULT-VALUE}).")
  LogFormat logFormat;

  /** How request log lines are written. */
  enum LogFormat {
    text,
    json
  }

  @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
  boolean version;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Override
  public Integer call() throws InterruptedException {
    Serving serving = new Serving(commandSpec, host, port);
    serving.requireSpecs(specs, mounts);
    run.applyLogLevels();
    MockServer.Builder builder =
        MockServer.builder()
            .host(host)
            .port(port)
            .options(
                new MockOptions(
                    dynamic,
                    errors,
                    cors,
                    ignoreExamples,
                    seed,
                    allowRemoteRefs,
                    stateful,
                    validateLikePrism))
            .requestLog(RequestLog.batched(System.out, logFormat == LogFormat.json));
    return serving.serve(
        builder,
        specs,
        mounts,
        run.watch,
        server -> {
          Logger log = LoggerFactory.getLogger("dev.paycontract.mock");
          OperationList.lines(server.specs(), server.baseUrl()).forEach(log::info);
          log.info("listening on {}", server.baseUrl());
        });
  }
}
