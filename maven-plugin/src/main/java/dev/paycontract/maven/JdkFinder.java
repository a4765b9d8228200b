package dev.paycontract.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds a JDK 21 or newer to fork the mock on, where {@code bin/find-jdk.sh} and the Maven
 * toolchains plugin look: {@code JAVA_HOME} first, then the JDK running Maven, {@code JAVA*_HOME}
 * and {@code JDK*_HOME} variables, and the usual JVM folders; the newest wins.
 */
final class JdkFinder {

  static final int MINIMUM = 21;

  static final String NOT_FOUND =
      "No JDK "
          + MINIMUM
          + " or newer was found to run the paycontract mock (Maven itself may stay on 17). Install"
          + " one, e.g. 'apt-get install openjdk-21-jdk-headless' or a Temurin JDK from"
          + " https://adoptium.net, into /usr/lib/jvm, ~/.sdkman or ~/.jdks, or set JAVA_HOME (or"
          + " JAVA21_HOME) to it, or point the plugin's <jdkHome> at it.";

  /** A JDK home and its feature version. */
  record Jdk(Path home, int major) {
    Path java() {
      Path unix = home.resolve("bin/java");
      return Files.isRegularFile(unix) ? unix : home.resolve("bin/java.exe");
    }
  }

  private final Map<String, String> env;
  private final Path runningJavaHome;
  private final List<Path> roots;

  JdkFinder(Map<String, String> env, Path runningJavaHome, List<Path> roots) {
    this.env = Map.copyOf(env);
    this.runningJavaHome = runningJavaHome;
    this.roots = List.copyOf(roots);
  }

  /** Looks on this machine, as {@code bin/find-jdk.sh} does. */
  static JdkFinder onThisMachine() {
    Path home = Path.of(System.getProperty("user.home"));
    return new JdkFinder(
        System.getenv(),
        Path.of(System.getProperty("java.home")),
        List.of(
            Path.of("/usr/lib/jvm"),
            Path.of("/usr/java"),
            Path.of("/opt/java"),
            home.resolve(".sdkman/candidates/java"),
            home.resolve(".jdks"),
            home.resolve(".m2/jdks"),
            home.resolve(".gradle/jdks"),
            Path.of("/Library/Java/JavaVirtualMachines")));
  }

  /** JAVA_HOME when it is new enough, else the newest JDK found; empty when there is none. */
  Optional<Jdk> find() {
    String javaHome = env.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      Optional<Jdk> preferred = inspect(Path.of(javaHome)).filter(j -> j.major() >= MINIMUM);
      if (preferred.isPresent()) {
        return preferred;
      }
    }
    List<Path> candidates = new ArrayList<>();
    if (runningJavaHome != null) {
      candidates.add(runningJavaHome);
    }
    env.forEach(
        (name, value) -> {
          if ((name.startsWith("JAVA") || name.startsWith("JDK"))
              && name.endsWith("_HOME")
              && !value.isBlank()) {
            candidates.add(Path.of(value));
          }
        });
    for (Path root : roots) {
      try (DirectoryStream<Path> kids = Files.newDirectoryStream(root)) {
        for (Path kid : kids) {
          candidates.add(kid);
          candidates.add(kid.resolve("Contents/Home"));
        }
      } catch (IOException | SecurityException e) {
        // a folder that is absent or unreadable holds no JDK we can use
      }
    }
    Jdk best = null;
    for (Path candidate : candidates) {
      Optional<Jdk> jdk = inspect(candidate);
      if (jdk.isPresent()
          && jdk.get().major() >= MINIMUM
          && (best == null || jdk.get().major() > best.major())) {
        best = jdk.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The JDK at {@code home} (its {@code release} file and {@code bin/java}), if it is one. */
  static Optional<Jdk> inspect(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<Integer> major = featureVersion(p.getProperty("JAVA_VERSION", ""));
    if (major.isEmpty()) {
      return Optional.empty();
    }
    Jdk jdk = new Jdk(home.toAbsolutePath().normalize(), major.get());
    return Files.isRegularFile(jdk.java()) ? Optional.of(jdk) : Optional.empty();
  }

  /** {@code "21.0.2"} is 21, {@code "1.8.0_392"} is 8, {@code "25"} is 25. */
  static Optional<Integer> featureVersion(String javaVersion) {
    String v = javaVersion.replace("\"", "").trim();
    if (v.startsWith("1.")) {
      return Optional.of(8);
    }
    String head = v.split("[.+-]", 2)[0];
    try {
      return Optional.of(Integer.parseInt(head));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
