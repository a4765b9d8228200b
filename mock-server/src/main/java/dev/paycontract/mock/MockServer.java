package dev.paycontract.mock;

import dev.paycontract.mock.api.ExchangeListener;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.SpecSource;
import dev.paycontract.mock.internal.engine.Engine;
import dev.paycontract.mock.internal.engine.MockEngine;
import dev.paycontract.mock.internal.engine.ProxyEngine;
import dev.paycontract.mock.internal.javalin.JavalinAdapter;
import dev.paycontract.mock.internal.proxy.UpstreamClient;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.SpecFiles;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.internal.state.InMemoryResourceStore;
import dev.paycontract.mock.internal.state.ResourceStore;
import dev.paycontract.mock.log.RequestLog;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;

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

  /** With one core, how long the background set-up waits for a first exchange to pass first. */
  private static final Duration PREPARE_AFTER_IDLE = Duration.ofSeconds(1);

  private final List<SpecSource> sources;
  private final MockOptions options;
  private final String host;
  private final AtomicReference<Engine> engine;
  private final UpstreamClient upstream;
  private final JavalinAdapter adapter;
  private final ExchangeListener listener;
  private final RequestJournal journal;
  private final ResourceStore store = new InMemoryResourceStore();
  private final CountDownLatch firstExchange = new CountDownLatch(1);
  private volatile int port;

  private MockServer(
      Builder b, List<LoadedSpec> specs, ExchangeListener listener, RequestJournal journal) {
    this.sources = List.copyOf(b.sources);
    this.options = b.options;
    this.host = b.host;
    this.listener =
        exchange -> {
          firstExchange.countDown();
          listener.exchanged(exchange);
        };
    this.journal = journal;
    this.upstream = b.upstream == null ? null : new UpstreamClient(b.upstream, b.upstreamTimeout);
    this.engine = new AtomicReference<>(engine(specs));
    this.adapter = new JavalinAdapter(this.engine::get, b.host, b.port, b.idleTimeout);
    this.port = b.port;
  }

  /** The mock, or with {@link Builder#upstream} the validation proxy. */
  private Engine engine(List<LoadedSpec> specs) {
    return upstream == null
        ? new MockEngine(specs, options, listener, store)
        : new ProxyEngine(specs, options, upstream, listener);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; returns this for chaining. What the first requests would build (the
   * validators' schema set-up) is built on a background thread from here, so the first answer does
   * not wait for it (ADR 0029); with one core it waits for the first answer, or a second.
   */
  public MockServer start() {
    port = adapter.start();
    boolean oneCore = Runtime.getRuntime().availableProcessors() == 1;
    prepareInBackground(engine.get(), oneCore ? PREPARE_AFTER_IDLE : Duration.ZERO);
    return this;
  }

  private void prepareInBackground(Engine engine, Duration waitForFirstExchange) {
    // a platform thread: on a virtual one this CPU-bound work would hold a carrier thread that
    // request handlers need
    Thread.ofPlatform()
        .daemon()
        .name("paycontract-prepare")
        .start(
            () -> {
              try {
                // on a single core the set-up would take half of it from the first request
                firstExchange.await(waitForFirstExchange.toMillis(), TimeUnit.MILLISECONDS);
                engine.prepare();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                // the first request that needs it builds it again and answers the failure
                LoggerFactory.getLogger(MockServer.class)
                    .debug("preparing the validators ahead of the first request failed", e);
              }
            });
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
   * on the engine they started with. On a load failure the running engine is kept and the {@link
   * dev.paycontract.mock.api.SpecLoadException} is thrown (the seam for hot reload).
   *
   * @return the specs now served
   */
  public List<LoadedSpec> reload() {
    Engine next = engine(new SpecLoader(options.allowRemoteRefs()).load(sources));
    engine.set(next);
    prepareInBackground(next, Duration.ZERO);
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

  /**
   * The files the specs are read from now, with every file they {@code $ref} (what hot reload
   * watches).
   */
  public SpecFiles specFiles() {
    return SpecFiles.of(sources);
  }

  /** The request journal; only when the builder enabled it ({@link Builder#journal(boolean)}). */
  public RequestJournal journal() {
    if (journal == null) {
      throw new IllegalStateException(
          "The request journal is off: enable it with MockServer.builder().journal(true)");
    }
    return journal;
  }

  public void stop() {
    adapter.stop();
  }

  /**
   * True after {@link #start()} until {@link #stop()}: the port is bound and requests are answered.
   */
  public boolean isRunning() {
    return adapter.isRunning();
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
    private java.time.Duration idleTimeout;
    private boolean journal;
    private ExchangeListener requestLog = RequestLog.text();
    private final List<ExchangeListener> listeners = new ArrayList<>();
    private URI upstream;
    private Duration upstreamTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Records every exchange in a {@link RequestJournal} ({@link MockServer#journal()}); off by
     * default.
     */
    public Builder journal(boolean enabled) {
      this.journal = enabled;
      return this;
    }

    /**
     * Replaces the default text request log ({@link RequestLog#text()}); null for no request log.
     */
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

    /**
     * Makes this a validation proxy: every request is forwarded to {@code upstream} and request and
     * answer are checked against the specs ({@code errors} and {@code cors} of the options apply).
     *
     * @param timeout how long the upstream may take before the client gets a 504
     */
    public Builder upstream(URI upstream, Duration timeout) {
      this.upstream = Objects.requireNonNull(upstream, "upstream == null");
      this.upstreamTimeout = Objects.requireNonNull(timeout, "timeout == null");
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

    /**
     * How long a connection may stay silent, also in the middle of a request body (a stalled body
     * is answered 408 REQUEST_TIMEOUT); by default 30 s.
     */
    public Builder idleTimeout(java.time.Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("idle timeout must be positive: " + timeout);
      }
      this.idleTimeout = timeout;
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
