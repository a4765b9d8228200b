import com.google.googlejavaformat.java.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs google-java-format over the hand-written Java sources of the build: {@code check} fails
 * naming every file that is not formatted, {@code apply} rewrites them. The build runs it on the
 * JDK 21+ toolchain (ADR 0016), so sources may use any syntax the compiler accepts.
 *
 * <pre>{@code
 * ./mvnw -N verify -Dformat=apply   # format the tree
 * }</pre>
 */
public final class FormatSources {

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || !(args[0].equals("check") || args[0].equals("apply"))) {
      System.err.println("usage: FormatSources check|apply ROOT...");
      System.exit(2);
    }
    List<String> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.addAll(javaFiles(Path.of(args[i])));
    }
    if (files.isEmpty()) {
      return;
    }
    List<String> options = new ArrayList<>();
    if (args[0].equals("check")) {
      options.addAll(List.of("--dry-run", "--set-exit-if-changed"));
    } else {
      options.add("--replace");
    }
    options.addAll(files);
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = new Main(out, err, System.in).format(options.toArray(String[]::new));
    out.flush();
    if (status != 0 && args[0].equals("check")) {
      err.println(
          "These files are not formatted with google-java-format (listed above)."
              + " Format the tree with: ./mvnw -N verify -Dformat=apply");
    }
    System.exit(status);
  }

  private static List<String> javaFiles(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("node_modules"))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }
}
