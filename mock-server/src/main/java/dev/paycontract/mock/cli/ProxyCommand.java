package dev.paycontract.mock.cli;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.log.RequestLog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code proxy SPEC... --upstream URL}: Prism's validation proxy
 * (docs/adr/0018-validation-proxy.md).
 */
@Command(
    name = "proxy",
    description = {
      "Validation proxy: forward each request to the upstream, check request and answer against the"
          + " specs.",
      "Findings go to the sl-violations header and the request log. Exit codes: 1 a spec cannot be"
          + " served, 2 bad usage."
    },
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class)
final class ProxyCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "SPEC_OR_FOLDER",
      description = "Spec files, or folders scanned for root documents.")
  List<Path> specs = new ArrayList<>();

  @Option(
      names = "--upstream",
      required = true,
      paramLabel = "URL",
      description = "The server to forward to (its path is kept as a prefix).")
  URI upstream;

  @Option(
      names = "--mount",
      paramLabel = "/PREFIX=SPEC",
      description =
          "Check a spec under a path prefix; the prefix is taken off before forwarding"
              + " (repeatable).")
  List<String> mounts = new ArrayList<>();

  @Option(
      names = {"-p", "--port"},
      defaultValue = "4010",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--errors",
      description =
          "Answer an invalid request with 422 (not forwarded) and an invalid answer with 500.")
  boolean errors;

  @Option(
      names = "--cors",
      arity = "0..1",
      defaultValue = "true",
      fallbackValue = "true",
      description = "CORS headers and automatic preflight (default: ${DEFAULT-VALUE}).")
  boolean cors;

  @Option(
      names = "--upstream-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Answer 504 when the upstream takes longer (default: ${DEFAULT-VALUE}).")
  double upstreamTimeout;

  @Option(
      names = "--allow-remote-refs",
      description = "Let specs $ref http(s) URLs (fetched at start-up).")
  boolean allowRemoteRefs;

  @Option(names = "--validate-like-prism", description = MockCommand.VALIDATE_LIKE_PRISM)
  boolean validateLikePrism;

  @Mixin RunOptions run;

  @Option(
      names = "--log-format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text|json (default: ${DEFAULT-VALUE}).")
  MockCommand.LogFormat logFormat;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Override
  public Integer call() throws InterruptedException {
    Serving serving = new Serving(commandSpec, host, port);
    serving.requireSpecs(specs, mounts);
    String scheme = upstream.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)
        || upstream.getHost() == null) {
      throw new picocli.CommandLine.ParameterException(
          commandSpec.commandLine(), "--upstream must be an http(s) URL with a host: " + upstream);
    }
    if (upstreamTimeout <= 0) {
      throw new picocli.CommandLine.ParameterException(
          commandSpec.commandLine(), "--upstream-timeout must be above 0");
    }
    run.applyLogLevels();
    MockServer.Builder builder =
        MockServer.builder()
            .host(host)
            .port(port)
            .options(
                MockOptions.defaults()
                    .withErrors(errors)
                    .withCors(cors)
                    .withAllowRemoteRefs(allowRemoteRefs)
                    .withValidateLikePrism(validateLikePrism))
            .upstream(upstream, Duration.ofMillis((long) (upstreamTimeout * 1000)))
            .requestLog(RequestLog.batched(System.out, logFormat == MockCommand.LogFormat.json));
    return serving.serve(
        builder,
        specs,
        mounts,
        run.watch,
        server ->
            LoggerFactory.getLogger("dev.paycontract.mock")
                .info("proxying {} to {}", server.baseUrl(), upstream));
  }
}
