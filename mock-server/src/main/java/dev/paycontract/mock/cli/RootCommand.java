package dev.paycontract.mock.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level command: {@code mock}, {@code proxy}, {@code verify} and {@code diff} (added by
 * {@link Main#commandLine(String...)}).
 */
@Command(
    name = "paycontract-mock",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = "Prism-compatible mock server for OpenAPI specs.")
final class RootCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Missing command: try 'mock SPEC'");
  }

  /** Reads the version Maven wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = RootCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"paycontract mock server " + p.getProperty("version", "unknown")};
    }
  }
}
