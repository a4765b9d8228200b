package dev.paycontract.mock.cli;

import dev.paycontract.mock.api.SpecLoadException;
import dev.paycontract.mock.verify.JUnitXmlReport;
import dev.paycontract.mock.verify.Verifier;
import dev.paycontract.mock.verify.VerifyOptions;
import dev.paycontract.mock.verify.VerifyReport;
import dev.paycontract.mock.verify.VerifyText;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify SPEC... --base-url URL}: a contract test of a live server. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = RootCommand.Version.class,
    description = {
      "Contract-test a live server: every example request and derived negative case, answers"
          + " checked against the spec.",
      "Exit codes: 0 no finding, 1 findings, 2 bad usage or a spec cannot be loaded."
    })
final class VerifyCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Spec files.")
  List<Path> specs = new ArrayList<>();

  @Option(
      names = "--base-url",
      required = true,
      paramLabel = "URL",
      description = "The server to check; each path is appended to it.")
  URI baseUrl;

  @Option(
      names = "--credential",
      paramLabel = "SCHEME=VALUE",
      description = {
        "A credential for a security scheme (repeatable; basic: user:password). Prefer the"
            + " environment variable",
        "PAYCONTRACT_CREDENTIAL_<SCHEME> (upper case, other characters as _): values are never"
            + " printed."
      })
  List<String> credentials = new ArrayList<>();

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "ID_OR_TAG",
      description = "Only these operationIds or tags.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--skip",
      split = ",",
      paramLabel = "ID_OR_TAG",
      description = "Leave out these operationIds or tags.")
  List<String> skip = new ArrayList<>();

  @Option(
      names = "--rate",
      defaultValue = "5",
      paramLabel = "PER_SECOND",
      description = "Requests per second (default: ${DEFAULT-VALUE}; 0 = no pause).")
  double rate;

  @Option(
      names = "--timeout",
      defaultValue = "10",
      paramLabel = "SECONDS",
      description = "Per request (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--negative",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Also send requests that break one constraint each (default: on).")
  boolean negative;

  @Option(
      names = "--junit-xml",
      paramLabel = "FILE",
      description = "Also write a JUnit XML report there.")
  Path junitXml;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec commandSpec;

  @Override
  public Integer call() throws InterruptedException {
    if (timeoutSeconds <= 0) {
      throw new picocli.CommandLine.ParameterException(
          commandSpec.commandLine(), "--timeout must be above 0");
    }
    String scheme = baseUrl.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)
        || baseUrl.getHost() == null) {
      throw new picocli.CommandLine.ParameterException(
          commandSpec.commandLine(), "--base-url must be an http(s) URL with a host: " + baseUrl);
    }
    VerifyOptions options =
        VerifyOptions.of(specs, baseUrl)
            .withCredentials(credentials())
            .withFilter(new LinkedHashSet<>(only), new LinkedHashSet<>(skip))
            .withRate(rate)
            .withTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
            .withNegativeCases(negative);
    VerifyReport report;
    try {
      report = new Verifier().run(options);
    } catch (SpecLoadException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    System.out.print(VerifyText.summary(report));
    System.out.flush();
    if (junitXml != null) {
      try {
        JUnitXmlReport.write(report, junitXml);
      } catch (IOException e) {
        System.err.println("error: cannot write " + junitXml + ": " + e.getMessage());
        return 2;
      }
    }
    return report.exitCode();
  }

  private Map<String, String> credentials() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : credentials) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        // The value is not echoed: it may be a secret.
        throw new picocli.CommandLine.ParameterException(
            commandSpec.commandLine(), "--credential wants SCHEME=VALUE");
      }
      out.put(c.substring(0, eq), c.substring(eq + 1));
    }
    return out;
  }
}
