package dev.paycontract.mock.differential;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paycontract.mock.internal.spec.SpecLoader;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The Prism differential over real-world specs: for every OpenAPI file of the corpus ({@link
 * BenchSpecs}), derives request cases mechanically ({@link CaseDeriver}), starts Prism 5.16.0 and
 * our mock on the spec (loopback, free ports), sends every case to both and compares the answers
 * with the probe differential's rules ({@link ExchangeComparator}). Prints and writes (to {@code
 * target/corpus-differential.md}) the table cases / agree / differ per spec, the differences case
 * by case to {@code target/corpus-differential/<spec>.txt}, and fails on every difference {@code
 * prism-corpus/deviations.yaml} does not accept and on every accepted one no longer seen.
 *
 * <p>The whole run, one command: {@code ./mvnw -B -pl mock-server -am verify
 * -Dtest=CorpusDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.limit=0}. Without
 * {@code corpus.limit} (as in {@code ./mvnw verify}) at most {@value #DEFAULT_LIMIT} cases per spec
 * run, spread evenly, and only the deviations naming one of them exactly are checked for staleness;
 * {@code -Dcorpus.skip=true} or {@code -Dprism.skip=true} leaves it out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusDifferentialTest {

  private static final Path OUT = Path.of("target", "corpus-differential");
  private static final Path TABLE = Path.of("target", "corpus-differential.md");

  /** Keeps {@code ./mvnw verify} within a few minutes; {@code -Dcorpus.limit=0} runs every case. */
  static final int DEFAULT_LIMIT = 400;

  private final ExchangeComparator comparator = new ExchangeComparator();
  private final CaseReplayer replayer = new CaseReplayer();
  private final Map<String, Row> table = new LinkedHashMap<>();

  /** One spec's line of the table. */
  private record Row(int cases, int agree, int differ, int accepted, int agreeLikePrism) {}

  /** Cases per spec, spread evenly over its operations; 0 runs them all. */
  private final int limit = Integer.getInteger("corpus.limit", DEFAULT_LIMIT);

  @TestFactory
  Stream<DynamicTest> ourMockAnswersDerivedCasesOnEveryCorpusSpecLikePrism() {
    assumeFalse(
        Boolean.getBoolean("prism.skip") || Boolean.getBoolean("corpus.skip"),
        "corpus differential skipped: -Dprism.skip=true or -Dcorpus.skip=true");
    PrismInstallation prism = PrismInstallation.locate();
    Path root = prism.toolDir().getParent().getParent();
    Optional<BenchSpecs> corpus = BenchSpecs.locate(root);
    if (corpus.isEmpty()) {
      System.out.println("Corpus differential skipped: " + BenchSpecs.howToProvide());
    }
    assumeTrue(corpus.isPresent(), BenchSpecs::howToProvide);
    prism.check().ifPresent(problem -> fail(problem));
    CorpusDeviations deviations = loadDeviations();
    Set<String> rows = PrismDifferentialTest.documentedRows();
    deviations
        .citedRows()
        .forEach(
            (row, where) -> {
              if (!rows.contains(row)) {
                fail(
                    "prism-corpus/deviations.yaml cites row "
                        + row
                        + " ("
                        + where
                        + "), which docs/prism-compatibility.md lacks");
              }
            });
    return corpus.get().specs().stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.getFileName().toString(), () -> check(prism, spec, deviations)));
  }

  private void check(PrismInstallation prism, Path spec, CorpusDeviations deviations) {
    String name = spec.getFileName().toString();
    OpenAPI api = new SpecLoader(false).loadFile(spec, "").openApi();
    List<ProbeCase> cases = spread(new CaseDeriver(api, name).derive());
    List<String> unaccepted = new ArrayList<>();
    Set<CorpusDeviations.Entry> used = new LinkedHashSet<>();
    StringBuilder details = new StringBuilder();
    int agree = 0;
    int agreeLikePrism = 0;
    List<String> stillDifferLikePrism = new ArrayList<>();
    try (RunningMock reference =
            PrismProcess.start(
                prism.executable(), spec, List.of(), OUT.resolve(name + "-prism.log"));
        RunningMock ours = OurMock.start(spec, ProbeGroup.STATIC.options());
        RunningMock likePrism = OurMock.start(spec, ProbeGroup.STATIC.options(), true)) {
      for (ProbeCase probe : cases) {
        Exchange expected = replayer.replay(probe, reference.baseUri());
        Exchange actual = replayer.replay(probe, ours.baseUri());
        List<Difference> differences = comparator.compare(probe, false, expected, actual);
        // --validate-like-prism: no D9 difference may remain, and no other may appear
        List<Difference> likePrismDifferences =
            comparator.compare(probe, false, expected, replayer.replay(probe, likePrism.baseUri()));
        if (likePrismDifferences.isEmpty()) {
          agreeLikePrism++;
        }
        for (Difference d : likePrismDifferences) {
          Optional<CorpusDeviations.Entry> accepted =
              deviations.accepting(name, probe.id(), d.aspect());
          if (accepted.isEmpty() || accepted.get().reason().contains("[D9]")) {
            stillDifferLikePrism.add(probe.id() + ": " + d);
          }
        }
        if (differences.isEmpty()) {
          agree++;
          continue;
        }
        details
            .append(probe.id())
            .append("\n  request: ")
            .append(probe.method())
            .append(' ')
            .append(probe.path())
            .append(' ')
            .append(probe.headers())
            .append(probe.body() == null ? "" : " body " + cut(probe.body().asText()));
        for (Difference d : differences) {
          Optional<CorpusDeviations.Entry> accepted =
              deviations.accepting(name, probe.id(), d.aspect());
          accepted.ifPresent(used::add);
          details.append("\n  ").append(d).append(accepted.isPresent() ? "   [accepted]" : "");
          if (accepted.isEmpty()) {
            unaccepted.add(probe.id() + ": " + d.aspect());
          }
        }
        details.append("\n\n");
      }
    }
    int differ = cases.size() - agree;
    int accepted =
        differ
            - (int)
                unaccepted.stream().map(u -> u.substring(0, u.lastIndexOf(':'))).distinct().count();
    table.put(name, new Row(cases.size(), agree, differ, accepted, agreeLikePrism));
    write(
        OUT.resolve(name + ".txt"),
        String.format(
            "%s: %d cases, %d agree, %d differ%n%n%s", name, cases.size(), agree, differ, details));
    // With a case limit only the entries that name a case of this run can be checked for staleness.
    Set<String> ids = new java.util.HashSet<>();
    cases.forEach(c -> ids.add(c.id()));
    List<String> stale =
        deviations.forSpec(name).stream()
            .filter(e -> !used.contains(e))
            .filter(
                e ->
                    limit <= 0 || (!e.casePattern().contains("*") && ids.contains(e.casePattern())))
            .map(
                e ->
                    "deviations.yaml accepts '"
                        + e.aspect()
                        + "' for '"
                        + e.casePattern()
                        + "', which is no longer observed: remove it ("
                        + e.reason()
                        + ")")
            .toList();
    if (!stillDifferLikePrism.isEmpty()) {
      fail(
          name
              + ": with --validate-like-prism, "
              + stillDifferLikePrism.size()
              + " differences remain that are not accepted or are D9 (which that switch must"
              + " remove):\n  "
              + String.join(
                  "\n  ",
                  stillDifferLikePrism.subList(0, Math.min(20, stillDifferLikePrism.size()))));
    }
    if (!unaccepted.isEmpty() || !stale.isEmpty()) {
      fail(
          name
              + ": "
              + unaccepted.size()
              + " differences not in prism-corpus/deviations.yaml (details in "
              + OUT.resolve(name + ".txt").toAbsolutePath()
              + "):\n  "
              + String.join("\n  ", unaccepted.subList(0, Math.min(40, unaccepted.size())))
              + (unaccepted.size() > 40 ? "\n  ..." : "")
              + (stale.isEmpty() ? "" : "\n  " + String.join("\n  ", stale)));
    }
  }

  private List<ProbeCase> spread(List<ProbeCase> cases) {
    if (limit <= 0 || cases.size() <= limit) {
      return cases;
    }
    List<ProbeCase> kept = new ArrayList<>();
    for (int i = 0; i < limit; i++) {
      kept.add(cases.get((int) ((long) i * cases.size() / limit)));
    }
    return kept;
  }

  @AfterAll
  void summarise() {
    replayer.close();
    if (table.isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder(
                "| spec | cases | agree | differ | accepted deviations | agreement |"
                    + " agreement with `--validate-like-prism` |\n")
            .append("|---|---:|---:|---:|---:|---:|---:|\n");
    table.forEach(
        (spec, n) ->
            text.append(
                String.format(
                    "| %s | %d | %d | %d | %d | %.1f %% | %d (%.1f %%) |%n",
                    spec,
                    n.cases(),
                    n.agree(),
                    n.differ(),
                    n.accepted(),
                    100.0 * n.agree() / n.cases(),
                    n.agreeLikePrism(),
                    100.0 * n.agreeLikePrism() / n.cases())));
    System.out.println(
        "Corpus differential"
            + (limit > 0 ? " (at most " + limit + " cases per spec)" : "")
            + ":\n"
            + text);
    write(TABLE, text.toString());
  }

  private static CorpusDeviations loadDeviations() {
    try (InputStream in =
        CorpusDifferentialTest.class.getResourceAsStream("/prism-corpus/deviations.yaml")) {
      return CorpusDeviations.load(in, "prism-corpus/deviations.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
