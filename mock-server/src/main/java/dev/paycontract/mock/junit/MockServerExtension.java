package dev.paycontract.mock.junit;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.RequestJournal;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.SpecSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs the mock in-process on a free port for the tests of a class: started before all of them,
 * stopped after. Its {@link RequestJournal} is cleared before each test unless
 * {@link #keepJournal()} is set. In stateful mode ({@link #stateful()}) each test class starts with
 * an empty store; {@link #resetState()} empties it in between. Test methods and constructors may ask for the {@link MockServer},
 * the {@link RequestJournal}, or the base URL as a {@link MockBaseUrl @MockBaseUrl} {@code String}
 * or {@code URI}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockServerExtension mock = MockServerExtension.withSpecs("specs/sezzle/sezzle.yaml")
 *     .options(MockOptions.defaults().withErrors(true));
 *
 * @Test
 * void createsOrder(@MockBaseUrl String baseUrl) {
 *   // call baseUrl, then:
 *   assertThat(mock.journal().requests("POST", "/v2/customer/{customer_uuid}/order")).hasSize(1);
 * }
 * }</pre>
 *
 * Register it on a {@code static} field (per class); on an instance field it runs per test.
 */
public final class MockServerExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final List<SpecSource> sources = new ArrayList<>();
  private MockOptions options = MockOptions.defaults();
  private boolean keepJournal;
  private MockServer server;
  private String startedBy;

  /** For {@link MockServerTest}; takes its settings from the annotation. */
  public MockServerExtension() {}

  /** A mock of these spec files or folders (relative to the working directory). */
  public static MockServerExtension withSpecs(String... specs) {
    MockServerExtension ext = new MockServerExtension();
    for (String spec : specs) {
      ext.sources.add(SpecSource.of(Path.of(Objects.requireNonNull(spec, "spec == null"))));
    }
    return ext;
  }

  /** Also serves a spec under a path prefix, like {@code --mount /prefix=spec.yaml}. */
  public MockServerExtension mount(String prefix, String spec) {
    sources.add(new SpecSource(Path.of(spec), prefix));
    return this;
  }

  public MockServerExtension options(MockOptions options) {
    this.options = Objects.requireNonNull(options, "options == null");
    return this;
  }

  /** Stateful mode, like {@code --stateful}: creates are stored and read back (docs/response-selection.md). */
  public MockServerExtension stateful() {
    this.options = options.withStateful(true);
    return this;
  }

  /** Forgets every stored resource (stateful mode), like {@code DELETE /__paycontract/state}. */
  public void resetState() {
    server().resetState();
  }

  /** Keeps the journal across the tests of the class (by default it is cleared before each test). */
  public MockServerExtension keepJournal() {
    this.keepJournal = true;
    return this;
  }

  /** The running server; only between before-all and after-all. */
  public MockServer server() {
    if (server == null) {
      throw new IllegalStateException("The mock is not running: it starts before the tests of the class that registers it");
    }
    return server;
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return server().baseUrl();
  }

  public RequestJournal journal() {
    return server().journal();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (server != null) {
      server.resetState(); // a nested class shares the outer class's mock, not its stored resources
    }
    start(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start(context); // no-op when started for the class
    if (!keepJournal) {
      server.journal().clear();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop(context);
  }

  private void start(ExtensionContext context) {
    if (server != null) {
      return; // nested classes inherit the outer class's mock
    }
    if (sources.isEmpty()) {
      configureFrom(context);
    }
    MockServer.Builder builder = MockServer.builder().options(options).port(0).journal(true);
    sources.forEach(builder::source);
    server = builder.build().start();
    startedBy = context.getUniqueId();
  }

  private void stop(ExtensionContext context) {
    if (server != null && context.getUniqueId().equals(startedBy)) {
      server.stop();
      server = null;
      startedBy = null;
    }
  }

  private void configureFrom(ExtensionContext context) {
    MockServerTest config =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MockServerTest.class)
            .orElseThrow(() -> new ExtensionConfigurationException(
                "MockServerExtension needs specs: use MockServerExtension.withSpecs(...) or @MockServerTest(specs = ...)"));
    for (String spec : config.specs()) {
      sources.add(SpecSource.of(Path.of(spec)));
    }
    options = options.withDynamic(config.dynamic()).withErrors(config.errors()).withStateful(config.stateful());
    keepJournal = config.keepJournal();
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext context) {
    Class<?> type = p.getParameter().getType();
    if (p.isAnnotated(MockBaseUrl.class)) {
      if (type != String.class && type != URI.class) {
        throw new ParameterResolutionException("@MockBaseUrl needs a String or URI parameter, not " + type.getName());
      }
      return true;
    }
    return type == MockServer.class || type == RequestJournal.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext context) {
    Class<?> type = p.getParameter().getType();
    if (p.isAnnotated(MockBaseUrl.class)) {
      return type == URI.class ? URI.create(baseUrl()) : baseUrl();
    }
    return type == MockServer.class ? server() : journal();
  }
}
