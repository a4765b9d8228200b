import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Installs the pinned Prism CLI with {@code npm ci --no-audit --no-fund}, but only when
 * {@code node_modules/.bin/prism} is missing or {@code package-lock.json} changed since the last
 * install (its SHA-256 is kept in {@code node_modules/.paycontract-lock.sha256}), so repeat builds
 * stay fast. Run by the mock-server build: {@code java EnsurePrism.java <tools/prism folder>}.
 *
 * <p>Without npm on the PATH it only warns and exits 0: the Prism differential test then fails
 * and says what to install (or the check is left out with -Dprism.skip=true).
 */
public class EnsurePrism {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path lock = dir.resolve("package-lock.json");
    Path bin = dir.resolve("node_modules/.bin/prism");
    Path stamp = dir.resolve("node_modules/.paycontract-lock.sha256");
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(lock)));
    boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
    boolean installed = Files.exists(windows ? dir.resolve("node_modules/.bin/prism.cmd") : bin);
    if (installed && Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(hash)) {
      System.out.println("[prism] up to date in " + dir);
      return;
    }
    System.out.println("[prism] " + (installed ? "package-lock.json changed" : "not installed")
        + ": running npm ci --no-audit --no-fund in " + dir);
    List<String> command = List.of(windows ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund");
    Process npm;
    try {
      npm = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    } catch (IOException e) {
      System.out.println("[prism] WARNING: npm was not found (" + e.getMessage() + "). Install Node.js 20 or newer"
          + " with npm (https://nodejs.org/); until then the Prism differential test fails."
          + " Pass -Dprism.skip=true to leave that check out on purpose.");
      return;
    }
    int exit = npm.waitFor();
    if (exit != 0) {
      System.err.println("[prism] npm ci failed with exit code " + exit + " in " + dir);
      System.exit(exit);
    }
    Files.writeString(stamp, hash + "\n");
  }
}
