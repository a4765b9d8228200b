package dev.paycontract.mock;

import dev.paycontract.mock.engine.MockEngine;
import dev.paycontract.mock.engine.MockOptions;
import dev.paycontract.mock.http.javalin.JavalinAdapter;
import dev.paycontract.mock.spec.LoadedSpec;
import dev.paycontract.mock.spec.SpecLoader;
import dev.paycontract.mock.spec.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Prism-compatible mock of one or more OpenAPI specs, on an HTTP port.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder().spec(Path.of("specs/acme/acme.yaml")).port(0).build().start()) {
 *   String base = mock.baseUrl(); // http://127.0.0.1:54321
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {

  private final List<SpecSource> sources;
  private final MockOptions options;
  private final String host;
  private final AtomicReference<MockEngine> engine;
  private final JavalinAdapter adapter;
  private volatile int port;

  private MockServer(Builder b, MockEngine engine) {
    this.sources = List.copyOf(b.sources);
    this.options = b.options;
    this.host = b.host;
    this.engine = new AtomicReference<>(engine);
    this.adapter = new JavalinAdapter(this.engine::get, b.host, b.port);
    this.port = b.port;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this for chaining. */
  public MockServer start() {
    port = adapter.start();
    return this;
  }

  /** {@code http://host:port}, without a trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port;
  }

  public int port() {
    return port;
  }

  /** The specs being served, in load order. */
  public List<LoadedSpec> specs() {
    return engine.get().specs();
  }

  /**
   * Re-reads the spec files and swaps the engine in one step; on a load failure the running engine
   * is kept and the exception is thrown (the seam for hot reload).
   */
  public void reload() {
    engine.set(new MockEngine(new SpecLoader(options.allowRemoteRefs()).load(sources), options));
  }

  public void stop() {
    adapter.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** Collects specs and settings; {@link #build()} loads the specs (and may fail). */
  public static final class Builder {
    private final List<SpecSource> sources = new ArrayList<>();
    private MockOptions options = MockOptions.defaults();
    private String host = "127.0.0.1";
    private int port = 4010;

    private Builder() {}

    public Builder spec(Path path) {
      sources.add(SpecSource.of(Objects.requireNonNull(path, "path == null")));
      return this;
    }

    public Builder spec(String path) {
      return spec(Path.of(path));
    }

    /** Serves a spec under a path prefix, e.g. {@code mount("/stripe", Path.of("stripe.yaml"))}. */
    public Builder mount(String prefix, Path path) {
      sources.add(new SpecSource(path, prefix));
      return this;
    }

    public Builder source(SpecSource source) {
      sources.add(Objects.requireNonNull(source, "source == null"));
      return this;
    }

    public Builder options(MockOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** Loads and checks the specs; throws {@link dev.paycontract.mock.spec.SpecLoadException}. */
    public MockServer build() {
      List<LoadedSpec> specs = new SpecLoader(options.allowRemoteRefs()).load(sources);
      return new MockServer(this, new MockEngine(specs, options));
    }
  }
}
