package dev.paycontract.maven;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits for a started mock: reads its log until the line {@code listening on URL} (the CLI prints
 * the bound port, so port 0 works), then until the URL answers an HTTP request.
 */
final class StartupWatch {

  private static final Pattern LISTENING = Pattern.compile("listening on (https?://\\S+)");

  /** How a start ended. */
  sealed interface Outcome {
    record Answering(URI baseUrl) implements Outcome {}

    record Exited(int exitCode, List<String> log) implements Outcome {}

    record TimedOut(List<String> log) implements Outcome {}
  }

  private StartupWatch() {}

  static Outcome await(Process process, Path logFile, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI baseUrl = null;
    while (System.nanoTime() < deadline) {
      if (baseUrl == null) {
        baseUrl = listeningUrl(read(logFile));
      }
      if (baseUrl != null && answers(baseUrl)) {
        return new Outcome.Answering(baseUrl);
      }
      if (!process.isAlive()) {
        return new Outcome.Exited(process.exitValue(), read(logFile));
      }
      Thread.sleep(100);
    }
    return new Outcome.TimedOut(read(logFile));
  }

  static URI listeningUrl(List<String> log) {
    for (String line : log) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        return URI.create(m.group(1));
      }
    }
    return null;
  }

  /** Any HTTP answer counts (a 404 problem included): the server is up. */
  static boolean answers(URI baseUrl) {
    try {
      HttpURLConnection c = (HttpURLConnection) baseUrl.resolve("/").toURL().openConnection();
      c.setConnectTimeout(1000);
      c.setReadTimeout(2000);
      int status = c.getResponseCode();
      c.disconnect();
      return status > 0;
    } catch (IOException e) {
      return false;
    }
  }

  static List<String> read(Path logFile) {
    try {
      return Files.readAllLines(logFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }
}
