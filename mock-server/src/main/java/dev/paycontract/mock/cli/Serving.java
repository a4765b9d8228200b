package dev.paycontract.mock.cli;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.api.SpecLoadException;
import dev.paycontract.mock.api.SpecSource;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code mock} and {@code proxy} do once their own options are in the builder: add the specs
 * and mounts, load, listen, say where, watch the specs, and run until the process is stopped.
 *
 * <pre>{@code
 * return new Serving(commandSpec, host, port).serve(builder, specs, mounts, watch, server -> {});
 * }</pre>
 */
final class Serving {

  private static final Logger LOG = LoggerFactory.getLogger("dev.paycontract.mock");

  private final CommandSpec command;
  private final String host;
  private final int port;

  Serving(CommandSpec command, String host, int port) {
    this.command = command;
    this.host = host;
    this.port = port;
  }

  /** Usage error (exit 2) when neither a spec nor a mount is given. */
  void requireSpecs(List<Path> specs, List<String> mounts) {
    if (specs.isEmpty() && mounts.isEmpty()) {
      throw new ParameterException(
          command.commandLine(), "Missing spec: give at least one SPEC_OR_FOLDER or --mount");
    }
  }

  /**
   * @param started called once the server listens, to log what it serves
   * @return the exit code: 1 when a spec cannot be served or the address cannot be bound; 0 after a
   *     stop
   */
  int serve(
      MockServer.Builder builder,
      List<Path> specs,
      List<String> mounts,
      boolean watch,
      Consumer<MockServer> started)
      throws InterruptedException {
    specs.forEach(builder::spec);
    for (String mount : mounts) {
      try {
        builder.source(SpecSource.parseMount(mount));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(command.commandLine(), e.getMessage());
      }
    }
    MockServer server;
    try {
      server = builder.build();
    } catch (SpecLoadException e) {
      System.err.println("error: " + e.getMessage());
      return 1;
    }
    try {
      server.start();
    } catch (RuntimeException e) {
      System.err.println("error: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
      return 1;
    }
    started.accept(server);
    if (!isLoopback(host)) {
      LOG.warn(
          "{} is reachable from other machines: anyone on the network can call this server; use"
              + " --host 127.0.0.1 to keep it local",
          host);
    }
    SpecWatcher watcher = watch ? SpecWatcher.start(server, SpecWatcher.logging()) : null;
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (watcher != null) {
                    watcher.close();
                  }
                  server.stop();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
