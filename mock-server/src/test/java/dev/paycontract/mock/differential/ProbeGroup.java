package dev.paycontract.mock.differential;

import java.util.List;

/**
 * A cases file together with the spec and the command-line flags both mocks are started with (the
 * table in {@code prism-probe/README.md}). One mock pair is started per group.
 */
public enum ProbeGroup {
  STATIC("cases-static.jsonl", "probe-oas30.yaml", List.of()),
  DYNAMIC("cases-dynamic.jsonl", "probe-oas30.yaml", List.of("-d")),
  DYNAMIC_SEEDED("cases-dynamic.jsonl", "probe-oas30.yaml", List.of("-d", "--seed", "42")),
  ERRORS("cases-errors.jsonl", "probe-oas30.yaml", List.of("--errors")),
  IGNORE_EXAMPLES("cases-ignore-examples.jsonl", "probe-oas30.yaml", List.of("--ignoreExamples")),
  NOCORS("cases-nocors.jsonl", "probe-oas30.yaml", List.of("--cors=false")),
  OAS31("cases-oas31.jsonl", "probe-oas31.yaml", List.of());

  private final String casesFile;
  private final String spec;
  private final List<String> flags;

  ProbeGroup(String casesFile, String spec, List<String> flags) {
    this.casesFile = casesFile;
    this.spec = spec;
    this.flags = flags;
  }

  public String casesFile() {
    return casesFile;
  }

  public String spec() {
    return spec;
  }

  /** Prism CLI flags; our mock takes the same ones. */
  public List<String> flags() {
    return flags;
  }

  /** The flags as typed options, for mocks that are configured through an API. */
  public Options options() {
    int seedAt = flags.indexOf("--seed");
    return new Options(
        flags.contains("-d"),
        seedAt < 0 ? null : flags.get(seedAt + 1),
        flags.contains("--errors"),
        !flags.contains("--cors=false"),
        flags.contains("--ignoreExamples"));
  }

  /**
   * Prism's mock flags: {@code -d}, {@code --seed}, {@code --errors}, {@code --cors}, {@code
   * --ignoreExamples}.
   */
  public record Options(
      boolean dynamic, String seed, boolean errors, boolean cors, boolean ignoreExamples) {}

  /** Dynamic mode: bodies are random, so every body is compared by shape only. */
  public boolean dynamic() {
    return flags.contains("-d");
  }

  /** How the group shows in test names: the file, plus the flags when the file runs twice. */
  public String label() {
    return flags.isEmpty() ? casesFile : casesFile + " [" + String.join(" ", flags) + "]";
  }
}
