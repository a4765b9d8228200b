package dev.paycontract.mock.differential;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The Prism differential check: replays every recorded probe case against Prism 5.16.0 (the pinned
 * install in {@code tools/prism}) and against our mock, both started with the same flags, and fails
 * on every difference that {@code prism-probe/deviations.yaml} does not accept, and on every
 * accepted deviation that is no longer observed.
 *
 * <p>System properties: {@code -Dprism.skip=true} leaves the check out on purpose; {@code
 * -Dprism.selfcheck=true} compares Prism with a second Prism instead of our mock (all cases must
 * agree and deviations are not applied), which validates the harness itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrismDifferentialTest {

  private static final String PROBE = "/prism-probe/";
  private static final Path RESULT = Path.of("target", "prism-differential.txt");
  private static final Path LOGS = Path.of("target", "prism-differential");

  private final boolean selfCheck = Boolean.getBoolean("prism.selfcheck");
  private final DifferentialReport report =
      new DifferentialReport(selfCheck ? "Prism self-check" : "Prism differential");
  private final ExchangeComparator comparator = new ExchangeComparator();
  private final CaseReplayer replayer = new CaseReplayer();
  private final List<MockPair> pairs = new ArrayList<>();
  private boolean replayed;

  @TestFactory
  Stream<DynamicNode> ourMockAnswersEveryProbeCaseLikePrism() {
    assumeFalse(
        Boolean.getBoolean("prism.skip"), "Prism differential check skipped: -Dprism.skip=true");
    PrismInstallation prism = PrismInstallation.locate();
    prism.check().ifPresent(problem -> fail(problem));
    Deviations deviations = selfCheck ? new Deviations(Map.of()) : loadDeviations();

    List<DynamicNode> nodes = new ArrayList<>();
    Set<String> knownIds = new TreeSet<>();
    for (ProbeGroup group : ProbeGroup.values()) {
      List<ProbeCase> cases = loadCases(group.casesFile());
      cases.forEach(c -> knownIds.add(c.id()));
      MockPair pair = new MockPair(group, resource(group.spec()), prism, selfCheck, LOGS);
      pairs.add(pair);
      Stream<DynamicTest> tests =
          cases.stream()
              .map(
                  probe ->
                      DynamicTest.dynamicTest(
                          testName(group, probe), () -> check(group, pair, probe, deviations)));
      nodes.add(DynamicContainer.dynamicContainer(group.label(), tests.onClose(pair::close)));
    }
    if (!selfCheck) {
      nodes.add(
          0,
          DynamicTest.dynamicTest(
              "deviations.yaml names known cases and cites rows of docs/prism-compatibility.md",
              () -> checkDeviationList(deviations, knownIds)));
    }
    return nodes.stream();
  }

  private static String testName(ProbeGroup group, ProbeCase probe) {
    String name = probe.file() + " " + probe.id();
    return group.flags().contains("--seed")
        ? name + " [" + String.join(" ", group.flags()) + "]"
        : name;
  }

  private void check(ProbeGroup group, MockPair pair, ProbeCase probe, Deviations deviations) {
    replayed = true;
    RunningMock reference = pair.reference();
    RunningMock candidate = pair.candidate();
    Exchange expected = replayer.replay(probe, reference.baseUri());
    Exchange actual = replayer.replay(probe, candidate.baseUri());
    List<Difference> differences =
        comparator.compare(probe, group.dynamic() || probe.shapeOnly(), expected, actual);

    Map<String, String> accepted = deviations.forCase(probe.id());
    List<Difference> unaccepted =
        differences.stream().filter(d -> !accepted.containsKey(d.aspect())).toList();
    Set<String> seen = new LinkedHashSet<>();
    differences.forEach(d -> seen.add(d.aspect()));
    List<String> stale =
        accepted.keySet().stream().filter(aspect -> !seen.contains(aspect)).toList();
    report.record(testName(group, probe), differences, unaccepted);

    if (unaccepted.isEmpty() && stale.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder()
            .append(probe.id())
            .append(" (")
            .append(probe.file())
            .append(':')
            .append(probe.line())
            .append(", ")
            .append(selfCheck ? "Prism vs Prism" : "Prism vs our mock")
            .append(", flags ")
            .append(group.flags())
            .append(")\n  request: ")
            .append(probe.method())
            .append(' ')
            .append(probe.path());
    if (!probe.note().isEmpty()) {
      message.append("\n  note: ").append(probe.note());
    }
    unaccepted.forEach(d -> message.append("\n  ").append(d));
    stale.forEach(
        aspect ->
            message
                .append("\n  deviations.yaml accepts a difference in '")
                .append(aspect)
                .append("' that is no longer observed: remove it (")
                .append(accepted.get(aspect))
                .append(')'));
    message.append("\n  ").append(reference.logHint()).append("; ").append(candidate.logHint());
    fail(message.toString());
  }

  private void checkDeviationList(Deviations deviations, Set<String> knownIds) {
    List<String> problems = new ArrayList<>();
    deviations.byCase().keySet().stream()
        .filter(id -> !knownIds.contains(id))
        .forEach(
            id ->
                problems.add(
                    "deviations.yaml names case '" + id + "', which no cases-*.jsonl file has"));
    Set<String> rows = documentedRows();
    deviations.citedRows().stream()
        .filter(row -> !rows.contains(row))
        .forEach(
            row ->
                problems.add(
                    "deviations.yaml cites row "
                        + row
                        + ", which docs/prism-compatibility.md lacks"));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  /** The {@code D<n>} ids of the table rows in docs/prism-compatibility.md. */
  static Set<String> documentedRows() {
    Path doc =
        PrismInstallation.locate()
            .toolDir()
            .getParent()
            .getParent()
            .resolve("docs/prism-compatibility.md");
    Set<String> rows = new TreeSet<>();
    try {
      Matcher m =
          Pattern.compile("(?m)^\\|\\s*(D\\d+)\\s*\\|")
              .matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        rows.add(m.group(1));
      }
    } catch (IOException e) {
      fail("cannot read " + doc + ": " + e.getMessage());
    }
    return rows;
  }

  @AfterAll
  void summarise() {
    pairs.forEach(MockPair::close);
    replayer.close();
    if (replayed) {
      System.out.println(report.summary());
      report.write(RESULT);
    }
  }

  // ------------------------------------------------------------------ probe material

  private static List<ProbeCase> loadCases(String file) {
    List<ProbeCase> cases = new ArrayList<>();
    try (InputStream in = PrismDifferentialTest.class.getResourceAsStream(PROBE + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + PROBE + file);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          cases.add(ProbeCase.parse(file, i + 1, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static Deviations loadDeviations() {
    try (InputStream in =
        PrismDifferentialTest.class.getResourceAsStream(PROBE + "deviations.yaml")) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + PROBE + "deviations.yaml");
      }
      return Deviations.load(in, "deviations.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    java.net.URL url = PrismDifferentialTest.class.getResource(PROBE + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + PROBE + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("test resource " + url + " is not a file", e);
    }
  }
}
