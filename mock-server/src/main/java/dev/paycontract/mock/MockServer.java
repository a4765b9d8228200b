package dev.paycontract.mock;

import dev.paycontract.mock.internal.engine.MockEngine;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.log.RequestLog;
import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.internal.javalin.JavalinAdapter;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.state.InMemoryResourceStore;
import dev.paycontract.mock.internal.state.ResourceStore;
import dev.paycontract.mock.internal.spec.SpecFiles;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.api.SpecSource;
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
  private final ExchangeListener listener;
  private final RequestJournal journal;
  private final ResourceStore store = new InMemoryResourceStore();
  private volatile int port;

  private MockServer(Builder b, List<LoadedSpec> specs, ExchangeListener listener, RequestJournal journal) {
    this.sources = List.copyOf(b.sources);
    this.options = b.options;
    this.host = b.host;
    this.listener = listener;
    this.journal = journal;
    this.engine = new AtomicReference<>(new MockEngine(specs, options, listener, store));
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
   * Re-reads the spec files and swaps the engine in one step: requests already being handled finish
   * on the engine they started with. On a load failure the running engine is kept and the
   * {@link dev.paycontract.mock.api.SpecLoadException} is thrown (the seam for hot reload).
   *
   * @return the specs now served
   */
  public List<LoadedSpec> reload() {
    MockEngine next = new MockEngine(new SpecLoader(options.allowRemoteRefs()).load(sources), options, listener, store);
    engine.set(next);
    return next.specs();
  }

  /**
   * Forgets every resource stateful mode stored ({@link MockOptions#stateful()}), as {@code DELETE
   * /__paycontract/state} does. Stored resources survive {@link #reload()}.
   */
  public void resetState() {
    store.clear();
  }

  /** The spec sources as given to the builder. */
  public List<SpecSource> sources() {
    return sources;
  }

  /** The files the specs are read from now, with every file they {@code $ref} (what hot reload watches). */
  public SpecFiles specFiles() {
    return SpecFiles.of(sources);
  }

  /** The request journal; only when the builder enabled it ({@link Builder#journal(boolean)}). */
  public RequestJournal journal() {
    if (journal == null) {
      throw new IllegalStateException("The request journal is off: enable it with MockServer.builder().journal(true)");
    }
    return journal;
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
    private boolean journal;
    private ExchangeListener requestLog = RequestLog.text();
    private final List<ExchangeListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Records every exchange in a {@link RequestJournal} ({@link MockServer#journal()}); off by default. */
    public Builder journal(boolean enabled) {
      this.journal = enabled;
      return this;
    }

    /** Replaces the default text request log ({@link RequestLog#text()}); null for no request log. */
    public Builder requestLog(ExchangeListener log) {
      this.requestLog = log;
      return this;
    }

    /** Adds a listener told about every exchange, after the request log and the journal. */
    public Builder listener(ExchangeListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

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

    /** Loads and checks the specs; throws {@link dev.paycontract.mock.api.SpecLoadException}. */
    public MockServer build() {
      List<LoadedSpec> specs = new SpecLoader(options.allowRemoteRefs()).load(sources);
      RequestJournal recorder = journal ? new RequestJournal() : null;
      List<ExchangeListener> all = new ArrayList<>();
      if (requestLog != null) {
        all.add(requestLog);
      }
      if (recorder != null) {
        all.add(recorder);
      }
      all.addAll(listeners);
      return new MockServer(this, specs, ExchangeListener.all(all), recorder);
    }
  }
}
