package dev.paycontract.mock.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The executable jar's entry point, compiled for Java 8 so that any Java can run it: on Java 21 or
 * newer it runs {@link Main}; on an older Java it re-runs the jar with the newest JDK 21+ it finds
 * where the build and {@code bin/mock} look (JAVA_HOME, JAVA*_HOME, the usual JVM folders), or says
 * in one line which Java is needed and where it looked.
 */
public final class Launcher {

  static final int NEEDED = 21;

  /** Folders holding one JDK per sub-folder; a test may replace them (path separator between). */
  static final String DIRS_PROPERTY = "paycontract.launcher.jdkDirs";

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    int running = feature(System.getProperty("java.specification.version"));
    if (running >= NEEDED) {
      runMain(args);
      return;
    }
    List<File> candidates = candidates(System.getenv());
    File jdk = newest(candidates);
    if (jdk == null) {
      System.err.println(
          "error: the mock server needs Java "
              + NEEDED
              + " or newer, but this is Java "
              + running
              + " ("
              + System.getProperty("java.home")
              + ") and no JDK "
              + NEEDED
              + "+ was found in "
              + describe()
              + "; install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to"
              + " it.");
      System.exit(1);
    }
    List<String> command = new ArrayList<String>();
    command.add(new File(jdk, "bin" + File.separator + "java").getPath());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.paycontract.mock.cli.Main");
    command.addAll(Arrays.asList(args));
    final Process child = new ProcessBuilder(command).inheritIO().start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread() {
              @Override
              public void run() {
                child.destroy();
              }
            });
    System.exit(child.waitFor());
  }

  private static void runMain(String[] args) throws Throwable {
    try {
      Class.forName("dev.paycontract.mock.cli.Main")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** {@code 1.8} is 8, {@code 17} is 17; -1 when unreadable. */
  static int feature(String version) {
    if (version == null) {
      return -1;
    }
    String v = version.startsWith("1.") ? version.substring(2) : version;
    int end = 0;
    while (end < v.length() && Character.isDigit(v.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Integer.parseInt(v.substring(0, end));
  }

  /** JAVA_HOME, every JAVA*_HOME and JDK*_HOME, then each JDK under the {@link #searchDirs}. */
  static List<File> candidates(Map<String, String> env) {
    List<File> out = new ArrayList<File>();
    if (System.getProperty(DIRS_PROPERTY) == null) {
      if (env.get("JAVA_HOME") != null) {
        out.add(new File(env.get("JAVA_HOME")));
      }
      for (Map.Entry<String, String> e : env.entrySet()) {
        String name = e.getKey();
        if (name.endsWith("_HOME")
            && (name.startsWith("JAVA") || name.startsWith("JDK"))
            && !name.equals("JAVA_HOME")) {
          out.add(new File(e.getValue()));
        }
      }
    }
    for (String dir : searchDirs()) {
      File[] homes = new File(dir).listFiles();
      if (homes == null) {
        continue;
      }
      Arrays.sort(homes);
      for (File h : homes) {
        File mac = new File(h, "Contents/Home");
        out.add(mac.isDirectory() ? mac : h);
      }
    }
    return out;
  }

  /** Where JDKs are installed, one per sub-folder (those bin/find-jdk.sh and the build look in). */
  static String[] searchDirs() {
    String dirs = System.getProperty(DIRS_PROPERTY);
    if (dirs != null) {
      return dirs.split(File.pathSeparator);
    }
    String home = System.getProperty("user.home");
    return new String[] {
      "/usr/lib/jvm",
      "/usr/java",
      "/opt/java",
      home + "/.sdkman/candidates/java",
      home + "/.jdks",
      home + "/.m2/jdks",
      "/Library/Java/JavaVirtualMachines"
    };
  }

  /** The JDK home with the highest feature version, at least {@link #NEEDED}; null when none. */
  static File newest(List<File> candidates) {
    File best = null;
    int bestVersion = NEEDED - 1;
    for (File home : candidates) {
      int v = releaseVersion(home);
      if (v > bestVersion && new File(home, "bin" + File.separator + "java").canExecute()) {
        best = home;
        bestVersion = v;
      }
    }
    return best;
  }

  /** {@code JAVA_VERSION} of a JDK's {@code release} file as a feature version; -1 when absent. */
  static int releaseVersion(File home) {
    File release = new File(home, "release");
    if (!release.isFile()) {
      return -1;
    }
    Properties p = new Properties();
    InputStream in = null;
    try {
      in = new FileInputStream(release);
      p.load(in);
    } catch (IOException e) {
      return -1;
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // read already
        }
      }
    }
    String v = p.getProperty("JAVA_VERSION");
    return v == null ? -1 : feature(v.replace("\"", ""));
  }

  private static String describe() {
    return "JAVA_HOME, JAVA*_HOME, JDK*_HOME, " + String.join(", ", searchDirs());
  }
}
