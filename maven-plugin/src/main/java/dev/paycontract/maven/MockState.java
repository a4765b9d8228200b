package dev.paycontract.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A mock started by {@code start}, as written to {@code target/paycontract-mock/NAME.mock} so
 * {@code stop} finds it in any later goal of the build (and a leftover from a killed build can be
 * stopped by the next one).
 */
record MockState(String name, long pid, Instant started, String baseUrl, int port) {

  static final String SUFFIX = ".mock";

  static Path file(Path dir, String name) {
    return dir.resolve(name + SUFFIX);
  }

  void save(Path dir) throws IOException {
    Properties p = new Properties();
    p.setProperty("name", name);
    p.setProperty("pid", Long.toString(pid));
    p.setProperty("started", started == null ? "" : started.toString());
    p.setProperty("baseUrl", baseUrl);
    p.setProperty("port", Integer.toString(port));
    Files.createDirectories(dir);
    try (Writer out = Files.newBufferedWriter(file(dir, name))) {
      p.store(out, "paycontract mock started by paycontract-maven-plugin");
    }
  }

  static Optional<MockState> load(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
      String started = p.getProperty("started", "");
      return Optional.of(
          new MockState(
              p.getProperty("name"),
              Long.parseLong(p.getProperty("pid")),
              started.isEmpty() ? null : Instant.parse(started),
              p.getProperty("baseUrl"),
              Integer.parseInt(p.getProperty("port"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static List<Path> all(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      stream.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  /** The process, when it is still the one we started (a pid can be reused after a reboot). */
  Optional<ProcessHandle> process() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            h -> {
              Optional<Instant> now = h.info().startInstant();
              return started == null || now.isEmpty() || now.get().equals(started);
            });
  }
}
