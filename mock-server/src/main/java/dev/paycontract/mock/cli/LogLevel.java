package dev.paycontract.mock.cli;

/** Prism's {@code --verbose-level} values, mapped onto slf4j-simple levels. */
enum LogLevel {
  trace("trace"),
  debug("debug"),
  info("info"),
  warn("warn"),
  error("error"),
  fatal("error"),
  silent("off");

  private final String simpleLoggerLevel;

  LogLevel(String simpleLoggerLevel) {
    this.simpleLoggerLevel = simpleLoggerLevel;
  }

  /**
   * Configures slf4j-simple; must run before the first logger is created. This level is the mock's
   * own (request log, reload, start-up); {@code libraries} is that of every other logger (Jetty,
   * Javalin, the spec parser, ...), so {@code -v debug} never turns on Jetty's internals.
   */
  void apply(LogLevel libraries) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", libraries.simpleLoggerLevel);
    System.setProperty("org.slf4j.simpleLogger.log.dev.paycontract", simpleLoggerLevel);
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty(
        "org.slf4j.simpleLogger.showLogName",
        libraries.ordinal() <= debug.ordinal() ? "true" : "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", libraries.simpleLoggerLevel);
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", libraries.simpleLoggerLevel);
    // The parser logs what SpecLoadException already reports, with a stack trace.
    System.setProperty(
        "org.slf4j.simpleLogger.log.io.swagger",
        libraries.ordinal() <= debug.ordinal() ? libraries.simpleLoggerLevel : "off");
  }

  /**
   * The libraries' level when {@code --library-log} is not given: warnings, or less if -v asks for
   * less.
   */
  LogLevel defaultForLibraries() {
    return ordinal() > warn.ordinal() ? this : warn;
  }
}
