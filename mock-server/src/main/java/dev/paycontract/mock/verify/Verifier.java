package dev.paycontract.mock.verify;

import dev.paycontract.mock.api.SpecSource;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.SpecLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A contract test of a live server: every operation of the specs, once per named request example,
 * plus requests that break one request constraint each (the server must answer a declared 4xx);
 * every answer checked against the spec.
 *
 * <pre>{@code
 * VerifyReport report = new Verifier().run(VerifyOptions.of(List.of(Path.of("payments.yaml")),
 *     URI.create("https://sandbox.example.com")));
 * System.out.print(VerifyText.summary(report));
 * System.exit(report.exitCode());
 * }</pre>
 *
 * @throws dev.paycontract.mock.api.SpecLoadException from {@link #run} when a spec cannot be loaded
 */
public final class Verifier {

  private final Map<String, String> environment;

  /**
   * Credentials not in the options are read from {@code PAYCONTRACT_CREDENTIAL_<SCHEME>} variables.
   */
  public Verifier() {
    this(System.getenv());
  }

  /**
   * @param environment where {@code PAYCONTRACT_CREDENTIAL_<SCHEME>} values are looked up
   */
  public Verifier(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public VerifyReport run(VerifyOptions options) throws InterruptedException {
    return run(options, c -> {});
  }

  /**
   * @param progress told about each case as soon as it is done
   */
  public VerifyReport run(VerifyOptions options, Consumer<CaseResult> progress)
      throws InterruptedException {
    List<LoadedSpec> specs =
        new SpecLoader(false).load(options.specs().stream().map(SpecSource::of).toList());
    Credentials credentials = new Credentials(options.credentials(), environment);
    LiveCaller caller = new LiveCaller(options.baseUrl(), options.timeout());
    Pacer pacer = new Pacer(options.requestsPerSecond());
    List<CaseResult> results = new ArrayList<>();
    for (LoadedSpec spec : specs) {
      AnswerChecker checker = new AnswerChecker(spec);
      for (VerifyCase c :
          new CaseBuilder(spec).cases(options.only(), options.skip(), options.negativeCases())) {
        pacer.await();
        long start = System.nanoTime();
        LiveCaller.Answer answer = caller.send(c, credentials.of(spec.openApi(), c.operation()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String request = c.method() + " " + spec.mountPrefix() + c.pathTemplate();
        CaseResult result =
            switch (answer) {
              case LiveCaller.Answer.Received r ->
                  new CaseResult(
                      spec.file().toString(),
                      c.name(),
                      request,
                      r.response().status()
                          + (r.response().header("content-type") == null
                              ? ""
                              : " " + r.response().header("content-type")),
                      took,
                      checker.check(c, r.response()));
              case LiveCaller.Answer.None n ->
                  new CaseResult(
                      spec.file().toString(),
                      c.name(),
                      request,
                      "no answer",
                      took,
                      List.of(
                          new Finding(
                              spec.file().toString(),
                              c.pointer(),
                              "",
                              "the server must answer",
                              n.reason())));
            };
        results.add(result);
        progress.accept(result);
      }
    }
    return new VerifyReport(results);
  }
}
