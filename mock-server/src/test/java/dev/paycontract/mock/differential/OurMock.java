package dev.paycontract.mock.differential;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.MockOptions;
import java.net.URI;
import java.nio.file.Path;

/** Our mock, started in-process through its public embedding API, on loopback and port 0. */
final class OurMock implements RunningMock {

  private final MockServer server;

  private OurMock(MockServer server) {
    this.server = server;
  }

  /** Starts {@link MockServer} with the same settings the group gives Prism on its command line. */
  static OurMock start(Path spec, ProbeGroup.Options options) {
    return start(spec, options, false);
  }

  /** As {@link #start(Path, ProbeGroup.Options)}, with or without {@code --validate-like-prism}. */
  static OurMock start(Path spec, ProbeGroup.Options options, boolean validateLikePrism) {
    MockOptions mockOptions =
        MockOptions.defaults()
            .withDynamic(options.dynamic())
            .withSeed(options.seed())
            .withErrors(options.errors())
            .withCors(options.cors())
            .withIgnoreExamples(options.ignoreExamples())
            .withValidateLikePrism(validateLikePrism);
    MockServer server =
        MockServer.builder()
            .spec(spec)
            .host("127.0.0.1")
            .port(0)
            .options(mockOptions)
            .build()
            .start();
    return new OurMock(server);
  }

  @Override
  public URI baseUri() {
    return URI.create(server.baseUrl());
  }

  @Override
  public String logHint() {
    return "our mock runs in-process (its log is in the test output)";
  }

  @Override
  public void close() {
    server.close();
  }
}
