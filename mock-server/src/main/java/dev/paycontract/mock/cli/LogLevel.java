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

  /** Configures slf4j-simple; must run before the first logger is created. */
  void apply() {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", simpleLoggerLevel);
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    // Framework chatter only when asked for.
    String frameworks = ordinal() <= debug.ordinal() ? simpleLoggerLevel : "warn";
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", frameworks);
    System.setProperty("org.slf4j.simpleLogger.log.io.javalin", frameworks);
    // The parser logs what SpecLoadException already reports, with a stack trace.
    System.setProperty("org.slf4j.simpleLogger.log.io.swagger", ordinal() <= debug.ordinal() ? simpleLoggerLevel : "off");
  }
}
