package dev.paycontract.mock.cli;

import picocli.CommandLine.Option;

/**
 * The options {@code mock} and {@code proxy} share for a server kept running: log levels and spec
 * watching (a picocli mixin, so both spell and document them the same way).
 */
final class RunOptions {

  @Option(
      names = {"-v", "--verbose-level", "--verboseLevel"},
      defaultValue = "info",
      paramLabel = "LEVEL",
      description = "trace|debug|info|warn|error|fatal|silent (default: ${DEFAULT-VALUE}).")
  LogLevel verboseLevel;

  @Option(
      names = "--library-log",
      paramLabel = "LEVEL",
      description =
          "trace|debug|info|warn|error|silent: the level of Jetty, Javalin and the other libraries'"
              + " own logs, masked like ours (default: warn).")
  LogLevel libraryLog;

  @Option(
      names = "--watch",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Reload when a spec or a file it $refs changes (default: on; --no-watch to disable).")
  boolean watch;

  /** Sets our loggers to {@code -v} and the libraries' to {@code --library-log}. */
  void applyLogLevels() {
    verboseLevel.apply(libraryLog != null ? libraryLog : verboseLevel.defaultForLibraries());
  }
}
