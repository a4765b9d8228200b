package dev.paycontract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a run's raw samples ({@code raw.tsv}) and facts ({@code meta.tsv}: key TAB value) into the
 * results JSON and the Markdown tables that docs/benchmarks.md includes: throughput, latency,
 * steady state (the last seconds of each warm-up against the measurement), start-up, memory and the
 * issue-13 ratio targets (mock vs Prism, vs WireMock, vs the Javalin ceiling).
 *
 * <pre>java -cp bench-harness.jar dev.paycontract.bench.Report RAW META OUT.json OUT.md</pre>
 */
public final class Report {
  static final String MOCK = "mock";
  static final String PRISM = "prism";
  static final String WIREMOCK = "wiremock";
  static final String CEILING = "ceiling";

  /** The mock with MOCK_JVM=short (C1 only, bin/mock's flags before issue 13): start-up only. */
  static final String MOCK_SHORT = "mock-short";

  private static final List<String> PEERS = List.of(MOCK, PRISM, WIREMOCK, CEILING);
  private static final Map<String, String> LOADS =
      map(
          "get",
          "GET order example (200)",
          "post",
          "POST create order, validated (200)",
          "invalid",
          "POST invalid body (422)",
          "dynamic",
          "GET order, dynamic body (200)");

  /** Prefix of the start-up workloads on the public corpus specs. */
  private static final String CORPUS = "corpus-";

  private static final Map<String, String> STARTS =
      map(
          "sezzle",
          "sezzle.yaml (2 operations)",
          "bundled",
          "all bundled specs (3 files)",
          "large",
          "Twilio API v2010 (197 operations)");

  /**
   * The throughput targets of issue 13: minimum mock/peer ratio per workload and peer (absent: not
   * applicable).
   */
  private static final List<RatioTarget> RATIO_TARGETS =
      List.of(
          new RatioTarget("get", PRISM, 10),
          new RatioTarget("get", WIREMOCK, 1.8),
          new RatioTarget("get", CEILING, 0.65),
          new RatioTarget("post", PRISM, 8),
          new RatioTarget("post", WIREMOCK, 1.2),
          new RatioTarget("post", CEILING, 0.55),
          new RatioTarget("invalid", PRISM, 6),
          new RatioTarget("invalid", CEILING, 0.45));

  private record RatioTarget(String workload, String peer, double minimum) {}

  private final Map<String, Stat> stats = new LinkedHashMap<>();
  private final List<Sample> samples;
  private final Map<String, List<String>> meta;

  private Report(List<Sample> samples, Map<String, List<String>> meta) {
    this.samples = samples;
    this.meta = meta;
    samples.stream()
        .collect(
            Collectors.groupingBy(
                s -> key(s.section(), s.workload(), s.peer(), s.metric()),
                LinkedHashMap::new,
                Collectors.toList()))
        .forEach(
            (k, list) -> {
              Sample s = list.get(0);
              stats.put(
                  k,
                  Stat.of(
                      s.section(),
                      s.workload(),
                      s.peer(),
                      s.metric(),
                      list.stream().map(Sample::value).toList()));
            });
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: Report RAW.tsv META.tsv OUT.json OUT.md");
      System.exit(2);
    }
    List<Sample> samples =
        Files.readAllLines(Path.of(args[0])).stream()
            .filter(l -> !l.isBlank())
            .map(Sample::parse)
            .toList();
    Map<String, List<String>> meta = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        meta.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
            .add(line.substring(tab + 1));
      }
    }
    Report report = new Report(samples, meta);
    Files.writeString(Path.of(args[3]), report.markdown());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(Path.of(args[2]).toFile(), report.json());
  }

  private Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> facts = new LinkedHashMap<>();
    meta.forEach((k, v) -> facts.put(k, v.size() == 1 ? v.get(0) : v));
    out.put("meta", facts);
    out.put("stats", stats.values());
    List<Map<String, Object>> ratios = new ArrayList<>();
    for (String w : LOADS.keySet()) {
      for (String peer : PEERS.subList(1, PEERS.size())) {
        Optional<Double> r = ratio(w, peer);
        if (r.isEmpty()) {
          continue;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", w);
        row.put("over", peer);
        row.put("ratio_of_medians", r.get());
        List<Double> perRound = roundRatios(w, peer);
        row.put("per_round", perRound);
        ratios.add(row);
      }
    }
    out.put("throughput_ratios", ratios);
    out.put("targets", targets());
    return out;
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    String rounds =
        one("rounds")
            + " round(s) x "
            + one("duration_s")
            + " s, after "
            + one("warmup_s")
            + " s of warm-up per workload";
    md.append("### Throughput at ")
        .append(one("connections"))
        .append(" connections (requests/s; median of ")
        .append(rounds)
        .append("; min-max)\n\n");
    md.append("| Workload | paycontract mock | Prism ")
        .append(one("prism_version"))
        .append(" | WireMock ")
        .append(one("wiremock_version"))
        .append(" | Javalin ceiling |\n|---|---:|---:|---:|---:|\n");
    for (var e : LOADS.entrySet()) {
      md.append("| ").append(e.getValue());
      for (String peer : PEERS) {
        md.append(" | ").append(cell("load", e.getKey(), peer, "rps", 0));
      }
      md.append(" |\n");
    }
    md.append(
        "\n"
            + "### Ratios against the targets (ratio of the medians; min-max of the per-round"
            + " ratios)\n\n");
    md.append("| Workload | vs Prism | vs WireMock 3 | vs Javalin ceiling |\n|---|---|---|---|\n");
    for (var e : LOADS.entrySet()) {
      md.append("| ").append(e.getValue());
      for (String peer : PEERS.subList(1, PEERS.size())) {
        md.append(" | ").append(ratioCell(e.getKey(), peer));
      }
      md.append(" |\n");
    }
    md.append("\n### Latency at ")
        .append(one("connections"))
        .append(" connections (ms, p50 / p99 from wrk --latency; median of rounds)\n\n");
    md.append(
        "| Workload | paycontract mock | Prism | WireMock | Javalin ceiling |\n"
            + "|---|---:|---:|---:|---:|\n");
    for (var e : LOADS.entrySet()) {
      md.append("| ").append(e.getValue());
      for (String peer : PEERS) {
        Stat p50 = stats.get(key("load", e.getKey(), peer, "p50_ms"));
        Stat p99 = stats.get(key("load", e.getKey(), peer, "p99_ms"));
        md.append(" | ")
            .append(
                p50 == null || p99 == null
                    ? "n/a"
                    : fmt(p50.median(), 2) + " / " + fmt(p99.median(), 2));
      }
      md.append(" |\n");
    }
    md.append("\n### Steady state: the last ")
        .append(one("warmup_tail_s"))
        .append(
            " s of each warm-up against the measurement that follows (requests/s, median of rounds;"
                + " measured / warm-up tail)\n\n");
    md.append(
        "| Workload | paycontract mock | Prism | WireMock | Javalin ceiling |\n"
            + "|---|---:|---:|---:|---:|\n");
    for (var e : LOADS.entrySet()) {
      md.append("| ").append(e.getValue());
      for (String peer : PEERS) {
        Optional<Double> tail = median("load", e.getKey(), peer, "warm_rps");
        Optional<Double> measured = median("load", e.getKey(), peer, "rps");
        md.append(" | ")
            .append(
                tail.isEmpty() || measured.isEmpty() || tail.get() <= 0
                    ? "n/a"
                    : fmt(tail.get(), 0)
                        + " -> "
                        + fmt(measured.get(), 0)
                        + " ("
                        + fmt(measured.get() / tail.get(), 2)
                        + ")");
      }
      md.append(" |\n");
    }
    md.append("\n### Start-up to first answer (ms; median of ")
        .append(one("startup_runs"))
        .append(" starts; min-max)\n\n");
    md.append(
        "| Specs | paycontract mock (bin/mock) | mock, `MOCK_JVM=short` (C1 only) | Prism |"
            + " WireMock | Javalin ceiling |\n"
            + "|---|---:|---:|---:|---:|---:|\n");
    for (var e : STARTS.entrySet()) {
      if (!stats.containsKey(key("startup", e.getKey(), MOCK, "ms"))) {
        continue;
      }
      md.append("| ").append(e.getValue());
      for (String peer : List.of(MOCK, MOCK_SHORT, PRISM, WIREMOCK, CEILING)) {
        String why =
            PRISM.equals(peer) && "bundled".equals(e.getKey())
                ? "n/a (one document per process)"
                : "n/a";
        md.append(" | ")
            .append(
                stats.containsKey(key("startup", e.getKey(), peer, "ms"))
                    ? cell("startup", e.getKey(), peer, "ms", 0)
                    : why);
      }
      md.append(" |\n");
    }
    List<String> corpus = corpusWorkloads();
    if (!corpus.isEmpty()) {
      int starts = stats.get(key("startup", corpus.get(0), MOCK, "ms")).samples().size();
      md.append("\n### Start-up on the public corpus (issue 11; ms, median of ")
          .append(starts)
          .append(" starts; min-max)\n\n");
      md.append(
          "Each spec of `shared/bench-specs/` served alone; the first answer is the 404 for a path"
              + " no spec declares, so it measures loading, not an operation.\n\n");
      md.append(
          "| Spec | paycontract mock (bin/mock) | mock, `MOCK_JVM=short` | Prism | bin/mock / Prism"
              + " | short / Prism |\n"
              + "|---|---:|---:|---:|---:|---:|\n");
      for (String w : corpus) {
        md.append("| `")
            .append(w.substring(CORPUS.length()))
            .append("` | ")
            .append(cell("startup", w, MOCK, "ms", 0))
            .append(" | ")
            .append(
                stats.containsKey(key("startup", w, MOCK_SHORT, "ms"))
                    ? cell("startup", w, MOCK_SHORT, "ms", 0)
                    : "n/a")
            .append(" | ")
            .append(cell("startup", w, PRISM, "ms", 0))
            .append(" | ")
            .append(corpusRatio(w, MOCK).map(r -> fmt(r, 2) + "x").orElse("n/a"))
            .append(" | ")
            .append(corpusRatio(w, MOCK_SHORT).map(r -> fmt(r, 2) + "x").orElse("n/a"))
            .append(" |\n");
      }
    }
    md.append("\n### Memory after the load (VmRSS in MiB; median of rounds; min-max)\n\n");
    md.append(
        "| paycontract mock | Prism | WireMock | Javalin ceiling |\n|---:|---:|---:|---:|\n|");
    for (String peer : PEERS) {
      md.append(' ').append(cell("rss", "after-load", peer, "mb", 0)).append(" |");
    }
    md.append('\n');
    md.append("\n### In-process start in a warm JVM\n\n");
    md.append("| What | ms (median of starts 11-20; min-max) |\n|---|---:|\n");
    md.append("| `MockServer.builder().spec(sezzle.yaml).port(0).build().start()` | ")
        .append(cell("inprocess", "sezzle", MOCK, "ms", 1))
        .append(" |\n");
    md.append("\n### Targets\n\n| Target | Measured | Met |\n|---|---:|:---:|\n");
    for (Map<String, Object> t : targets()) {
      Object met = t.get("met");
      md.append("| ")
          .append(t.get("target"))
          .append(" | ")
          .append(t.get("measured"))
          .append(" | ")
          .append(met == null ? "n/a" : (Boolean) met ? "yes" : "**no**")
          .append(" |\n");
    }
    md.append("\n### Environment and commands\n\n");
    for (String k :
        List.of(
            "warning",
            "date",
            "mode",
            "machine",
            "cpu",
            "java",
            "mock_jvm_flags",
            "mock_short_jvm_flags",
            "mock_jar_sha256",
            "ceiling_jvm_flags",
            "wiremock_jvm_flags",
            "wiremock_version",
            "node",
            "prism_version",
            "wrk",
            "large_spec_sha256")) {
      if (meta.containsKey(k)) {
        md.append("- ").append(k).append(": `").append(one(k)).append("`\n");
      }
    }
    meta.getOrDefault("corpus_spec", List.of())
        .forEach(c -> md.append("- corpus_spec: `").append(c).append("`\n"));
    md.append("\n```sh\n");
    meta.getOrDefault("command", List.of()).forEach(c -> md.append(c).append('\n'));
    md.append("```\n");
    return md.toString();
  }

  private List<Map<String, Object>> targets() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RatioTarget t : RATIO_TARGETS) {
      Optional<Double> r = ratio(t.workload(), t.peer());
      String name =
          LOADS.get(t.workload())
              + (CEILING.equals(t.peer())
                  ? " >= " + fmt(t.minimum() * 100, 0) + " % of the ceiling"
                  : " >= "
                      + fmt(t.minimum(), 1)
                      + "x "
                      + (PRISM.equals(t.peer()) ? "Prism" : "WireMock"));
      target(out, name, r.map(v -> ratioText(t.peer(), v)), r.map(v -> v >= t.minimum()));
    }
    for (String w : LOADS.keySet()) {
      Optional<Double> p99 = median("load", w, MOCK, "p99_ms");
      target(
          out,
          LOADS.get(w) + ": p99 <= 10 ms at " + one("connections") + " connections",
          p99.map(v -> fmt(v, 2) + " ms"),
          p99.map(v -> v <= 10));
    }
    Optional<Double> bundled = median("startup", "bundled", MOCK, "ms");
    target(
        out,
        "start-up to first answer, bundled specs <= 1 s",
        bundled.map(v -> fmt(v, 0) + " ms"),
        bundled.map(v -> v <= 1000));
    Optional<Double> bundledShort = median("startup", "bundled", MOCK_SHORT, "ms");
    target(
        out,
        "start-up, bundled specs, no slower than the C1-only flags of before (MOCK_JVM=short)",
        bundled.flatMap(m -> bundledShort.map(c -> fmt(m, 0) + " vs " + fmt(c, 0) + " ms")),
        bundled.flatMap(m -> bundledShort.map(c -> m <= c)));
    Optional<Double> large = median("startup", "large", MOCK, "ms");
    target(
        out,
        "start-up, 197-operation spec <= 1.5 s",
        large.map(v -> fmt(v, 0) + " ms"),
        large.map(v -> v <= 1500));
    Optional<Double> largePrism = median("startup", "large", PRISM, "ms");
    target(
        out,
        "start-up, 197-operation spec faster than Prism",
        large.flatMap(m -> largePrism.map(p -> fmt(m, 0) + " vs " + fmt(p, 0) + " ms")),
        large.flatMap(m -> largePrism.map(p -> m < p)));
    for (String w : corpusWorkloads()) {
      for (String peer : List.of(MOCK_SHORT, MOCK)) {
        Optional<Double> ratio = corpusRatio(w, peer);
        target(
            out,
            "start-up, "
                + w.substring(CORPUS.length())
                + ", at most 0.5x Prism's (issue 11), "
                + (MOCK.equals(peer) ? "bin/mock (long-running set)" : "MOCK_JVM=short"),
            ratio.map(r -> fmt(r, 2) + "x"),
            ratio.map(r -> r <= 0.5));
      }
    }
    Optional<Double> rss =
        Optional.ofNullable(stats.get(key("rss", "after-load", MOCK, "mb"))).map(Stat::max);
    target(
        out,
        "RSS after load <= 256 MiB (highest round)",
        rss.map(v -> fmt(v, 0) + " MiB"),
        rss.map(v -> v <= 256));
    Optional<Double> warm = median("inprocess", "sezzle", MOCK, "ms");
    target(
        out,
        "warm in-JVM start < 100 ms",
        warm.map(v -> fmt(v, 1) + " ms"),
        warm.map(v -> v < 100));
    return out;
  }

  private static void target(
      List<Map<String, Object>> out,
      String name,
      Optional<String> measured,
      Optional<Boolean> met) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", name);
    t.put("measured", measured.orElse("not measured"));
    t.put("met", met.orElse(null));
    out.add(t);
  }

  private String ratioCell(String workload, String peer) {
    Optional<Double> r = ratio(workload, peer);
    if (r.isEmpty()) {
      return "n/a";
    }
    List<Double> perRound = roundRatios(workload, peer);
    String spread =
        perRound.size() < 2
            ? ""
            : " ("
                + ratioText(peer, perRound.stream().min(Double::compare).orElseThrow())
                + "-"
                + ratioText(peer, perRound.stream().max(Double::compare).orElseThrow())
                + ")";
    String goal =
        RATIO_TARGETS.stream()
            .filter(t -> t.workload().equals(workload) && t.peer().equals(peer))
            .findFirst()
            .map(
                t ->
                    r.get() >= t.minimum()
                        ? ", target " + ratioText(peer, t.minimum()) + " met"
                        : ", **target " + ratioText(peer, t.minimum()) + " missed**")
            .orElse("");
    return ratioText(peer, r.get()) + spread + goal;
  }

  private static String ratioText(String peer, double r) {
    return CEILING.equals(peer) ? fmt(r * 100, 0) + " %" : fmt(r, r >= 10 ? 1 : 2) + "x";
  }

  private Optional<Double> ratio(String workload, String other) {
    return median("load", workload, MOCK, "rps")
        .flatMap(m -> median("load", workload, other, "rps").filter(o -> o > 0).map(o -> m / o));
  }

  /**
   * mock / peer within each round (the peers of one round ran back to back, so this ratio shares
   * their noise).
   */
  private List<Double> roundRatios(String workload, String other) {
    Map<Integer, Double> mock = rpsByRound(workload, MOCK);
    Map<Integer, Double> peer = rpsByRound(workload, other);
    return mock.entrySet().stream()
        .filter(e -> peer.getOrDefault(e.getKey(), 0.0) > 0)
        .map(e -> e.getValue() / peer.get(e.getKey()))
        .toList();
  }

  private Map<Integer, Double> rpsByRound(String workload, String peer) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    samples.stream()
        .filter(
            s ->
                s.section().equals("load")
                    && s.workload().equals(workload)
                    && s.peer().equals(peer)
                    && s.metric().equals("rps"))
        .forEach(s -> out.put(s.round(), s.value()));
    return out;
  }

  /** Start-up workloads named {@code corpus-<file>}, in the order they were measured. */
  private List<String> corpusWorkloads() {
    return stats.keySet().stream()
        .filter(k -> k.startsWith("startup/" + CORPUS))
        .map(k -> k.split("/")[1])
        .distinct()
        .toList();
  }

  private Optional<Double> corpusRatio(String workload, String peer) {
    return median("startup", workload, peer, "ms")
        .flatMap(m -> median("startup", workload, PRISM, "ms").map(p -> m / p));
  }

  private Optional<Double> median(String section, String workload, String peer, String metric) {
    return Optional.ofNullable(stats.get(key(section, workload, peer, metric))).map(Stat::median);
  }

  private String cell(String section, String workload, String peer, String metric, int decimals) {
    Stat s = stats.get(key(section, workload, peer, metric));
    if (s == null) {
      return "n/a";
    }
    if (s.samples().size() == 1) {
      return fmt(s.median(), decimals);
    }
    return fmt(s.median(), decimals)
        + " ("
        + fmt(s.min(), decimals)
        + "-"
        + fmt(s.max(), decimals)
        + ")";
  }

  private String one(String key) {
    List<String> v = meta.get(key);
    return v == null || v.isEmpty() ? "?" : v.get(0);
  }

  private static String key(String section, String workload, String peer, String metric) {
    return section + "/" + workload + "/" + peer + "/" + metric;
  }

  private static String fmt(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
